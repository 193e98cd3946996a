using System.Reflection;
using GameDay.Contracts;

namespace GameDay.Scenarios.Tests;

/// The names a test loader checks against: the real catalog ids and resource names, a small fault-kind table.
internal static class TestTables
{
    public static IReadOnlyDictionary<string, FaultKindSchema> FaultKinds { get; } = new[]
    {
        new FaultKindSchema("process.kill", "process", NeedsTarget: true, [], ["signal"]),
        new FaultKindSchema("process.pause", "process", NeedsTarget: true, [], []),
        new FaultKindSchema("network.latency", "network", NeedsTarget: true, ["latency"], ["jitter"]),
        new FaultKindSchema("venue.errors", "venue", NeedsTarget: false, ["rate"], ["status"]),
        new FaultKindSchema("market.move", "market", NeedsTarget: false, ["percent"], ["over"]),
    }.ToDictionary(schema => schema.Kind);

    /// Every constant of services/Contracts/ResourceNames.cs.
    public static IReadOnlyList<string> Resources { get; } = typeof(ResourceNames)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(field => field.IsLiteral && field.FieldType == typeof(string))
        .Select(field => (string)field.GetRawConstantValue()!)
        .ToArray();

    public static ScenarioLoader Loader() => new(RepoFiles.CatalogIds, FaultKinds, Resources);
}
