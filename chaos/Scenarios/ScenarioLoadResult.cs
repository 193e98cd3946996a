namespace GameDay.Scenarios;

/// <summary>What a load produced: the valid scenarios (sorted by id) and every error of the invalid files.</summary>
/// <param name="Scenarios">Scenarios of the files without errors.</param>
/// <param name="Errors">All errors, by file, then line and column; a file with any error gives no scenario.</param>
public sealed record ScenarioLoadResult(IReadOnlyList<Scenario> Scenarios, IReadOnlyList<ScenarioError> Errors)
{
    /// <summary>True when no file had an error.</summary>
    public bool Succeeded => Errors.Count == 0;
}
