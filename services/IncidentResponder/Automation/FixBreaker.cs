namespace GameDay.IncidentResponder.Automation;

/// Stops repeating a fix that does not hold: when the same step on the same target failed verification
/// (or its incident re-fired after it) `threshold` times within the window, the breaker is open and
/// the autopilot leaves that step to a person.
public sealed class FixBreaker(int threshold, TimeSpan window)
{
    private readonly Dictionary<(string Step, string Target), List<DateTimeOffset>> failures = [];
    private readonly Lock gate = new();

    /// Records a failure; true when this one opens the breaker.
    public bool RecordFailure(string stepId, string target, DateTimeOffset now)
    {
        lock (gate)
        {
            var times = Recent((stepId, target), now);
            times.Add(now);
            return times.Count == threshold;
        }
    }

    public bool IsOpen(string stepId, string target, DateTimeOffset now)
    {
        lock (gate) return Recent((stepId, target), now).Count >= threshold;
    }

    private List<DateTimeOffset> Recent((string, string) key, DateTimeOffset now)
    {
        if (!failures.TryGetValue(key, out var times)) failures[key] = times = [];
        times.RemoveAll(at => at <= now - window);
        return times;
    }
}
