namespace GameDay.IncidentResponder.Automation;

/// At most N mitigations of the same target per sliding window, whichever incident asks.
public sealed class MitigationRateLimit(int limit, TimeSpan window)
{
    private readonly Dictionary<string, List<DateTimeOffset>> recent = new(StringComparer.Ordinal);
    private readonly Lock gate = new();

    /// Takes one slot for the target at `now`, or returns false (and takes nothing) when the window is full.
    public bool TryAcquire(string target, DateTimeOffset now)
    {
        lock (gate)
        {
            var times = Recent(target, now);
            if (times.Count >= limit) return false;
            times.Add(now);
            return true;
        }
    }

    public int Used(string target, DateTimeOffset now)
    {
        lock (gate) return Recent(target, now).Count;
    }

    private List<DateTimeOffset> Recent(string target, DateTimeOffset now)
    {
        if (!recent.TryGetValue(target, out var times)) recent[target] = times = [];
        times.RemoveAll(at => at <= now - window);
        return times;
    }
}
