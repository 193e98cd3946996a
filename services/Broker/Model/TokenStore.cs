namespace GameDay.Broker.Model;

public enum TokenCheck
{
    Valid,
    Missing,
    Invalid,
    Expired,
}

/// Issued access tokens and their session-clock expiry. Invalidation forgets them all, so a
/// token issued before it answers `invalid_token` from then on.
public sealed class TokenStore
{
    private readonly Dictionary<string, DateTimeOffset> _expiries = new(StringComparer.Ordinal);

    /// Tokens ever issued, kept across invalidations so that new tokens never repeat old ones.
    public long Issued { get; private set; }

    public void Add(string token, DateTimeOffset expiresAt)
    {
        _expiries[token] = expiresAt;
        Issued++;
    }

    public void InvalidateAll() => _expiries.Clear();

    public TokenCheck Check(string? token, DateTimeOffset sessionNow)
    {
        if (string.IsNullOrEmpty(token)) return TokenCheck.Missing;
        if (!_expiries.TryGetValue(token, out var expiresAt)) return TokenCheck.Invalid;
        return sessionNow >= expiresAt ? TokenCheck.Expired : TokenCheck.Valid;
    }
}
