using System.Text.Json;

namespace GameDay.AppHost.Drills;

/// Where a drill's journal (JSON) and report (Markdown) go: `<directory>/<run id>.json|.md` unless named.
public static class DrillFiles
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static async Task<(string Json, string Report)> WriteAsync(DrillJournal journal, string directory, string? jsonFile = null, string? reportFile = null)
    {
        Directory.CreateDirectory(directory);
        var json = jsonFile ?? Path.Combine(directory, journal.RunId + ".json");
        var report = reportFile ?? Path.Combine(directory, journal.RunId + ".md");
        await File.WriteAllTextAsync(json, JsonSerializer.Serialize(journal, Json));
        await File.WriteAllTextAsync(report, DrillReport.Markdown(journal));
        return (json, report);
    }
}
