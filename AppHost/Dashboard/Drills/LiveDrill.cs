using GameDay.AppHost.Drills;

namespace GameDay.AppHost.Dashboard.Drills;

/// One drill started from the dashboard, as it happens: its events and checks (the observer's), and its journal
/// when it ends. Read by every open page; written by the runner's thread.
public sealed class LiveDrill(string scenario, string title, string mode, int seed, DateTimeOffset startedAt) : IDrillObserver
{
    private readonly Lock gate = new();
    private readonly List<DrillEvent> events = [];
    private readonly List<DrillCheck> checks = [];

    public string Scenario => scenario;

    public string Title => title;

    public string Mode => mode;

    public int Seed => seed;

    public DateTimeOffset StartedAt => startedAt;

    /// Null while the drill runs.
    public DrillJournal? Journal { get; private set; }

    public string? Error { get; private set; }

    public bool Running => Journal is null && Error is null;

    public string Outcome => Journal?.Outcome ?? (Error is null ? "running" : "error");

    public IReadOnlyList<DrillEvent> Events
    {
        get { lock (gate) return [.. events]; }
    }

    public IReadOnlyList<DrillCheck> Checks
    {
        get { lock (gate) return [.. checks]; }
    }

    public void OnEvent(DrillEvent drillEvent)
    {
        lock (gate) events.Add(drillEvent);
    }

    public void OnCheck(DrillCheck check)
    {
        lock (gate) checks.Add(check);
    }

    public void Finish(DrillJournal journal) => Journal = journal;

    public void Fail(string error) => Error = error;
}
