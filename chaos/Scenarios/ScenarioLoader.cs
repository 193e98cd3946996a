using GameDay.Scenarios.Parsing;

namespace GameDay.Scenarios;

/// <summary>
/// Loads and validates <c>scenarios/&lt;id&gt;.yaml</c> files. A file with any error gives no scenario but all of its
/// errors, each with file, line and column; loading never throws for bad content.
/// </summary>
public sealed class ScenarioLoader
{
    private readonly KnownNames known;

    /// <summary>Creates a loader that checks names against the given tables.</summary>
    /// <param name="catalogIds">The failure-catalog ids (<c>monitoring/catalog-ids.txt</c>): valid ids, catalog entries and runbooks.</param>
    /// <param name="faultKinds">The fault kinds the fault library can inject, by kind name.</param>
    /// <param name="resourceNames">The topology's resource names: valid fault targets and http probe resources.</param>
    public ScenarioLoader(
        IReadOnlyCollection<string> catalogIds,
        IReadOnlyDictionary<string, FaultKindSchema> faultKinds,
        IReadOnlyCollection<string> resourceNames)
    {
        ArgumentNullException.ThrowIfNull(catalogIds);
        ArgumentNullException.ThrowIfNull(faultKinds);
        ArgumentNullException.ThrowIfNull(resourceNames);
        known = new KnownNames(catalogIds, faultKinds, resourceNames);
    }

    /// <summary>Loads one file. Its id must equal the file name without <c>.yaml</c>.</summary>
    public ScenarioLoadResult Load(string path) => Result([ScenarioFile.Read(path, known)]);

    /// <summary>
    /// Loads every <c>*.yaml</c> file of <paramref name="directory"/> (not its subdirectories); scenarios come sorted by id.
    /// Besides each file's own errors: ids stated by more than one file, and <c>*.yml</c> files, which would be skipped silently.
    /// </summary>
    public ScenarioLoadResult LoadDirectory(string directory)
    {
        if (!Directory.Exists(directory)) return new ScenarioLoadResult([], [new ScenarioError(directory, 1, 1, "no such directory")]);
        var files = Directory.EnumerateFiles(directory).Order(StringComparer.Ordinal).ToArray();
        var outcomes = files.Where(file => file.EndsWith(".yaml", StringComparison.Ordinal))
            .Select(file => ScenarioFile.Read(file, known))
            .ToArray();
        DuplicateIds.Report(outcomes);
        var misnamed = files.Where(file => file.EndsWith(".yml", StringComparison.Ordinal))
            .Select(file => new ScenarioError(file, 1, 1, "scenario files end in .yaml; rename it, or it is not loaded"));
        var result = Result(outcomes);
        return result with { Errors = [.. result.Errors, .. misnamed] };
    }

    private static ScenarioLoadResult Result(IReadOnlyList<ScenarioFileOutcome> outcomes) => new(
        outcomes.Select(outcome => outcome.Valid).OfType<Scenario>().OrderBy(scenario => scenario.Id, StringComparer.Ordinal).ToArray(),
        outcomes.SelectMany(outcome => outcome.Diagnostics.Sorted()).ToArray());
}
