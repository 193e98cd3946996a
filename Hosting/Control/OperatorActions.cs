namespace GameDay.Hosting.Control;

/// What people (and the responder) did to the stack through the control API: resource commands and configuration
/// restores, newest last, the last 500 kept. Faults act in-process and are not in here. Trainee drills grade a
/// person's response against it; the dashboard shows it.
public sealed class OperatorActions(TimeProvider time)
{
    public const int Capacity = 500;

    private readonly LinkedList<OperatorAction> actions = new();
    private readonly Lock gate = new();

    public void Record(string resource, string action, bool succeeded, string detail)
    {
        lock (gate)
        {
            actions.AddLast(new OperatorAction(time.GetUtcNow(), resource, action, succeeded, detail));
            if (actions.Count > Capacity) actions.RemoveFirst();
        }
    }

    public IReadOnlyList<OperatorAction> Since(DateTimeOffset? since)
    {
        lock (gate) return [.. actions.Where(a => since is null || a.At >= since)];
    }
}

/// `action` is a resource command (start, stop, restart, kill, pause, resume) or `restore-config`.
public sealed record OperatorAction(DateTimeOffset At, string Resource, string Action, bool Succeeded, string Detail);
