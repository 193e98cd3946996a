namespace GameDay.Hosting.Control;

/// What people (and the responder) did to the stack through the control API: resource commands and configuration
/// restores, newest last, the last 500 kept. Faults act in-process and are not in here. Trainee drills grade a
/// person's response against it; the dashboard shows it.
public sealed class OperatorActions(TimeProvider time)
{
    public const int Capacity = 500;

    /// Who is acting, sent by each caller (the dashboard's acting-as name, the CLI's user, the responder).
    public const string ActorHeader = "X-GameDay-Actor";

    public const string UnnamedActor = "unnamed caller";

    /// The actor as recorded: the header's value trimmed to one printable line of at most 64 characters.
    public static string Actor(string? header)
    {
        var clean = new string((header ?? "").Where(c => !char.IsControl(c)).ToArray()).Trim();
        return clean.Length == 0 ? UnnamedActor : clean[..Math.Min(clean.Length, 64)];
    }

    private readonly LinkedList<OperatorAction> actions = new();
    private readonly Lock gate = new();

    public void Record(string resource, string action, bool succeeded, string detail, string by)
    {
        lock (gate)
        {
            actions.AddLast(new OperatorAction(time.GetUtcNow(), resource, action, succeeded, detail, by));
            if (actions.Count > Capacity) actions.RemoveFirst();
        }
    }

    public IReadOnlyList<OperatorAction> Since(DateTimeOffset? since)
    {
        lock (gate) return [.. actions.Where(a => since is null || a.At >= since)];
    }
}

/// `action` is a resource command (start, stop, restart, kill, pause, resume) or `restore-config`; `By` who asked for it.
public sealed record OperatorAction(DateTimeOffset At, string Resource, string Action, bool Succeeded, string Detail, string By);
