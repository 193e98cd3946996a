namespace GameDay.Scenarios;

/// <summary>The <c>expect</c> block: what must be detected, by whom it is handled and what recovered means.</summary>
/// <param name="Alerts">Alert names that must fire (at least one).</param>
/// <param name="DetectedWithin">Longest time from injection to the first expected alert.</param>
/// <param name="Severity">The incident's severity, <c>P0</c> to <c>P3</c>.</param>
/// <param name="Runbook">The runbook the responder must choose (a catalog id).</param>
/// <param name="RecoveredWithin">Longest time from injection until the recovery probes pass.</param>
/// <param name="Recovered">Extra probes that define "recovered" besides the steady state (may be empty).</param>
/// <param name="Halted">Whether trading must be halted at the end; <see langword="null"/> when the file does not say.</param>
/// <param name="HaltReason">The expected halt reason; only with <c>halted: true</c>.</param>
public sealed record Expectations(
    IReadOnlyList<string> Alerts,
    TimeSpan DetectedWithin,
    string Severity,
    string Runbook,
    TimeSpan RecoveredWithin,
    IReadOnlyList<Probe> Recovered,
    bool? Halted,
    string? HaltReason);
