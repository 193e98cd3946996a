using GameDay.Contracts;

namespace GameDay.Scenarios;

/// <summary>The fixed vocabularies of the scenario format (scenarios/README.md).</summary>
public static class ScenarioFormat
{
    /// <summary>The failure-catalog layers a scenario belongs to.</summary>
    public static IReadOnlyList<string> Layers { get; } =
        ["process", "network", "app", "data", "config", "venue", "market", "security"];

    /// <summary>The global invariants, usable in <c>invariants</c> and as <c>invariant</c> probes.</summary>
    public static IReadOnlyList<string> Invariants { get; } =
        ["no-lost-order", "no-duplicate", "positions-match-venue", "no-order-while-halted-or-unapproved", "all-healthy"];

    /// <summary>Incident severities, most severe first.</summary>
    public static IReadOnlyList<string> Severities { get; } = ["P0", "P1", "P2", "P3"];

    /// <summary>The streams a <c>stream</c> probe may name: the contract's streams and their dead-letter queues.</summary>
    public static IReadOnlyList<string> Streams { get; } =
        [.. StreamNames.All, .. StreamNames.All.Select(StreamNames.Dlq)];

    /// <summary>The longest a single fault may stay.</summary>
    public static TimeSpan MaxFaultDuration { get; } = TimeSpan.FromMinutes(15);
}
