using GameDay.Chaos;
using GameDay.Scenarios;

namespace GameDay.AppHost.Drills;

/// The repository's scenarios, validated against the failure catalog's ids (monitoring/catalog-ids.txt), the
/// fault library's kinds and the topology's resource names.
public static class ScenarioCatalog
{
    public static ScenarioLoadResult Load(string repositoryRoot, IEnumerable<string> resourceNames) =>
        Loader(repositoryRoot, resourceNames).LoadDirectory(Path.Combine(repositoryRoot, "scenarios"));

    public static ScenarioLoader Loader(string repositoryRoot, IEnumerable<string> resourceNames) =>
        new(CatalogIds(repositoryRoot), FaultSchemas(), [.. resourceNames]);

    public static IReadOnlyList<string> CatalogIds(string repositoryRoot) =>
    [
        .. File.ReadLines(Path.Combine(repositoryRoot, "monitoring", "catalog-ids.txt"))
            .Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')),
    ];

    public static IReadOnlyDictionary<string, FaultKindSchema> FaultSchemas() => FaultKinds.Catalog().Schemas();
}
