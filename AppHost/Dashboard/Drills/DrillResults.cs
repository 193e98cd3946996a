using System.Text.Json;

namespace GameDay.AppHost.Dashboard.Drills;

public sealed record DrillResult(string RunId, string Scenario, string Outcome, DateTimeOffset StartedAt, double? MttdSeconds, double? MttrSeconds, string File);

/// The last result of each scenario: the newest journal in the drill directories (`./gameday drill` writes to
/// .gameday/drills, the dashboard to its stack's data directory).
public static class DrillResults
{
    public static IReadOnlyDictionary<string, DrillResult> Latest(IEnumerable<string> directories)
    {
        var latest = new Dictionary<string, DrillResult>(StringComparer.Ordinal);
        foreach (var file in directories.Distinct().Where(Directory.Exists).SelectMany(d => Directory.EnumerateFiles(d, "*.json")))
        {
            if (Read(file) is not { } result) continue;
            if (!latest.TryGetValue(result.Scenario, out var known) || known.StartedAt < result.StartedAt) latest[result.Scenario] = result;
        }
        return latest;
    }

    private static DrillResult? Read(string file)
    {
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(file));
            var root = document.RootElement;
            var measures = root.TryGetProperty("measures", out var m) ? m : default;
            return new DrillResult(root.GetProperty("runId").GetString()!, root.GetProperty("scenario").GetString()!, root.GetProperty("outcome").GetString()!,
                root.GetProperty("startedAt").GetDateTimeOffset(), Seconds(measures, "mttdSeconds"), Seconds(measures, "mttrSeconds"), file);
        }
        catch (Exception e) when (e is JsonException or IOException or KeyNotFoundException or InvalidOperationException)
        {
            return null; // not a drill journal (or one being written)
        }
    }

    private static double? Seconds(JsonElement measures, string name) =>
        measures.ValueKind == JsonValueKind.Object && measures.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDouble() : null;
}
