using System.Globalization;
using System.Text.Json;

namespace GameDay.AppHost.Incidents;

internal static class IncidentTable
{
    public static void Write(TextWriter output, IReadOnlyList<JsonElement> incidents)
    {
        if (incidents.Count == 0)
        {
            output.WriteLine("no incidents");
            return;
        }
        string[] header = ["ID", "SEV", "STATE", "PAGED", "RUNBOOK", "RESOURCE", "DETECTED", "TITLE"];
        var rows = incidents.Select(i => new[]
        {
            i.GetProperty("id").GetInt64().ToString(CultureInfo.InvariantCulture),
            Text(i, "severity"), Text(i, "state"), i.GetProperty("paged").GetBoolean() ? "yes" : "no",
            Text(i, "runbook"), Text(i, "resource"), Time(i.GetProperty("times"), "detectedAt"), Text(i, "title"),
        }).ToList();
        var widths = header.Select((h, c) => rows.Select(r => r[c].Length).Append(h.Length).Max()).ToArray();
        foreach (var row in rows.Prepend(header))
        {
            output.WriteLine(string.Join("  ", row.Select((cell, c) => c == row.Length - 1 ? cell : cell.PadRight(widths[c]))));
        }
    }

    public static string TimelineLine(JsonElement entry) => $"{Time(entry, "at")}  {Text(entry, "type"),-16} {Summary(entry)}";

    /// A responder timeline entry's summary (`data.summary`), or "".
    public static string Summary(JsonElement entry) =>
        entry.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object
        && data.TryGetProperty("summary", out var s) ? s.GetString() ?? "" : "";

    private static string Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : "-";

    private static string Time(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? DateTimeOffset.Parse(value.GetString()!, CultureInfo.InvariantCulture).ToLocalTime().ToString("HH:mm:ss", CultureInfo.InvariantCulture)
            : "-";
}
