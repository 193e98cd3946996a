namespace GameDay.IncidentResponder.Model;

/// The idempotency key of an alert event. Alertmanager repeats a firing alert (same startsAt) on
/// every repeat interval and retries failed posts; only a new status or a new startsAt is news.
public sealed record AlertEventKey(string Fingerprint, DateTimeOffset StartsAt, string Status)
{
    public override string ToString() => $"{Fingerprint}|{StartsAt.UtcDateTime:O}|{Status}";
}
