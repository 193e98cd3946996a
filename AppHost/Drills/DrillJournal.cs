using GameDay.Chaos;

namespace GameDay.AppHost.Drills;

public sealed record DrillEvent(DateTimeOffset At, double Offset, string Kind, string Text);

public sealed record DrillCheck(string Name, bool Passed, string Detail, DateTimeOffset At);

public sealed record DrillMeasures(double? MttdSeconds, double? MttaSeconds, double? MttrSeconds);

/// The machine-readable record of one drill run (written as JSON): what happened when, and each check's verdict.
public sealed class DrillJournal
{
    public const string Passed = "passed";
    public const string Failed = "failed";
    public const string Aborted = "aborted";
    public const string Refused = "refused";

    public required string RunId { get; init; }
    public required string Scenario { get; init; }
    public required string Title { get; init; }
    public required int Seed { get; init; }
    public required string Mode { get; init; }
    public required DateTimeOffset StartedAt { get; init; }
    public DateTimeOffset? InjectedAt { get; set; }
    public DateTimeOffset? EndedAt { get; set; }
    public string Outcome { get; set; } = Failed;
    public long? IncidentId { get; set; }
    public DrillMeasures Measures { get; set; } = new(null, null, null);
    public List<DrillEvent> Events { get; } = [];
    public List<DrillCheck> Checks { get; } = [];
    public List<FaultView> Faults { get; } = [];

    public bool AllPassed => Checks.Count > 0 && Checks.All(c => c.Passed);
}
