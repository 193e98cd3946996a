namespace GameDay.IncidentResponder.Automation;

/// At most N runs of one fix (an action with its parameters) on one target per sliding window, whichever incident
/// asks: it stops a fix from being repeated (a restart storm), not a different fix (restoring the configuration that
/// makes the restarts fail must not wait for the budget the restarts used up).
public sealed class MitigationRateLimit(int limit, TimeSpan window)
{
    private readonly Dictionary<string, List<DateTimeOffset>> recent = new(StringComparer.Ordinal);
    private readonly Lock gate = new();

    /// Takes one slot for the fix on the target at `now`, or returns false (and takes nothing) when the window is full.
    public bool TryAcquire(string fix, string target, DateTimeOffset now)
    {
        lock (gate)
        {
            var times = Recent($"{fix} {target}", now);
            if (times.Count >= limit) return false;
            times.Add(now);
            return true;
        }
    }

    /// A new deployment of the target (its configuration restored): the runs of `action` counted so far were runs on
    /// the configuration it replaced, so they no longer count against the next one. A restart that applies a
    /// rollback must not be refused because the other incidents of the same cause restarted the bad deployment.
    public void NewDeployment(string action, string target)
    {
        lock (gate)
        {
            foreach (var key in recent.Keys.Where(k => k.StartsWith(action + "(", StringComparison.Ordinal) && k.EndsWith(" " + target, StringComparison.Ordinal)).ToList())
            {
                recent.Remove(key);
            }
        }
    }

    public int Used(string fix, string target, DateTimeOffset now)
    {
        lock (gate) return Recent($"{fix} {target}", now).Count;
    }

    private List<DateTimeOffset> Recent(string target, DateTimeOffset now)
    {
        if (!recent.TryGetValue(target, out var times)) recent[target] = times = [];
        times.RemoveAll(at => at <= now - window);
        return times;
    }
}
