namespace GameDay.Scenarios.Parsing;

/// What one file gave. <see cref="Scenario"/> counts only while <see cref="Diagnostics"/> is empty.
internal sealed record ScenarioFileOutcome(string File, Scenario? Scenario, ScenarioId? Id, Diagnostics Diagnostics)
{
    public Scenario? Valid => Diagnostics.Count == 0 ? Scenario : null;
}
