namespace GameDay.ExecutionEngine.Infrastructure;

/// The venue access token. Like Kite's daily login, a new token comes only from the login at start:
/// after a 401 the session stays failed until the engine is restarted (the credentials-expired runbook).
public sealed class VenueSession
{
    private readonly Lock _lock = new();

    public string? AccessToken { get; private set; }
    public DateTimeOffset? ExpiresAt { get; private set; }
    public string State { get; private set; } = "logged_out";
    public string? LastError { get; private set; }

    public bool IsUsable
    {
        get { lock (_lock) return AccessToken is not null && State == "valid"; }
    }

    public void LoggedIn(string token, DateTimeOffset? expiresAt)
    {
        lock (_lock) (AccessToken, ExpiresAt, State, LastError) = (token, expiresAt, "valid", null);
    }

    public void LoginFailed(string error)
    {
        lock (_lock) (State, LastError) = ("login_failed", error);
    }

    public void AuthFailed(string error)
    {
        lock (_lock) (State, LastError) = ("venue_auth_failed", error);
    }
}
