using System.Security.Cryptography;
using System.Text;
using GameDay.Broker.Model.Events;

namespace GameDay.Broker.Model;

/// Session login and the checks every trading call passes: a valid, unexpired bearer token, an
/// allowlisted source address, and the per-token request quota.
public sealed class AccessControl(BrokerState state, TimeProvider time)
{
    public SessionToken? Login(string? apiKey, string? apiSecret)
    {
        if (!Matches(apiKey, state.Options.ApiKey) || !Matches(apiSecret, state.Options.ApiSecret)) return null;
        lock (state.Gate)
        {
            // A credential, not simulation: unpredictable even though the market replays from its seed.
            var token = $"gd{state.Tokens.Issued + 1:D6}{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16))}";
            var expiresAt = SessionClock.NextTokenExpiry(state.Clock.Now);
            state.Record(new TokenIssued(token, expiresAt));
            return new SessionToken(token, state.Clock.ToWallClock(expiresAt));
        }
    }

    public AccessDenial? Check(string? token, string? sourceIp)
    {
        lock (state.Gate)
        {
            switch (state.Tokens.Check(token, state.Clock.Now))
            {
                case TokenCheck.Missing: return new(401, "token_missing", "An Authorization: Bearer <accessToken> header is required.");
                case TokenCheck.Invalid: return new(401, "invalid_token", "The access token is not valid; create a new session.");
                case TokenCheck.Expired: return new(401, "token_expired", "The access token expired at 06:00; create a new session.");
            }

            if (sourceIp is null || !state.Settings.AllowedSources.Contains(sourceIp))
            {
                return new(403, "ip_not_allowed", $"Source address {sourceIp} is not on the account's allowlist.");
            }

            // Wall-clock time: the session clock can be moved backwards by an admin.
            var limit = state.Settings.RequestsPerSecond;
            if (!state.Quota.TryAcquire(token!, limit, time.GetUtcNow(), out var retryAfter))
            {
                return new(429, "rate_limited", $"More than {limit} requests per second.", retryAfter);
            }
            return null;
        }
    }

    private static bool Matches(string? given, string expected) =>
        CryptographicOperations.FixedTimeEquals(
            SHA256.HashData(Encoding.UTF8.GetBytes(given ?? "")), SHA256.HashData(Encoding.UTF8.GetBytes(expected)));
}
