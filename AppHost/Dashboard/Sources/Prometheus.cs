using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;

namespace GameDay.AppHost.Dashboard.Sources;

public sealed record Sample(IReadOnlyDictionary<string, string> Labels, double Value);

public sealed record Series(IReadOnlyDictionary<string, string> Labels, IReadOnlyList<(DateTimeOffset At, double Value)> Points);

public sealed record ActiveAlert(string Name, string State, string Severity, string? Resource, string Summary, DateTimeOffset? ActiveAt);

/// Prometheus's HTTP API: instant and range queries for the trading panel and the charts, and the active alerts.
public sealed class Prometheus(HttpClient http)
{
    public async Task<IReadOnlyList<Sample>> QueryAsync(string promql, CancellationToken ct)
    {
        var data = await GetAsync($"/api/v1/query?query={Uri.EscapeDataString(promql)}", ct);
        return [.. data.GetProperty("result").EnumerateArray().Select(r => new Sample(Labels(r), Number(r.GetProperty("value")[1])))];
    }

    public async Task<double?> ScalarAsync(string promql, CancellationToken ct) =>
        (await QueryAsync(promql, ct)) is [var first, ..] && double.IsFinite(first.Value) ? first.Value : null;

    public async Task<IReadOnlyList<Series>> RangeAsync(string promql, DateTimeOffset end, TimeSpan window, TimeSpan step, CancellationToken ct)
    {
        var start = end - window;
        var path = string.Create(CultureInfo.InvariantCulture,
            $"/api/v1/query_range?query={Uri.EscapeDataString(promql)}&start={start.ToUnixTimeSeconds()}&end={end.ToUnixTimeSeconds()}&step={step.TotalSeconds}");
        var data = await GetAsync(path, ct);
        return [.. data.GetProperty("result").EnumerateArray().Select(r => new Series(Labels(r),
            [.. r.GetProperty("values").EnumerateArray()
                .Select(v => (DateTimeOffset.FromUnixTimeMilliseconds((long)(v[0].GetDouble() * 1000)), Number(v[1])))
                .Where(p => double.IsFinite(p.Item2))]))];
    }

    /// Firing and pending alerts (the Watchdog, which always fires, left out).
    public async Task<IReadOnlyList<ActiveAlert>> AlertsAsync(CancellationToken ct)
    {
        var data = await GetAsync("/api/v1/alerts", ct);
        return [.. data.GetProperty("alerts").EnumerateArray()
            .Select(a =>
            {
                var labels = Labels(a, "labels");
                var annotations = Labels(a, "annotations");
                return new ActiveAlert(labels.GetValueOrDefault("alertname", "?"), a.GetProperty("state").GetString() ?? "",
                    labels.GetValueOrDefault("severity", ""), labels.GetValueOrDefault("resource") ?? labels.GetValueOrDefault("job"),
                    annotations.GetValueOrDefault("summary", ""),
                    a.TryGetProperty("activeAt", out var at) && at.ValueKind == JsonValueKind.String ? at.GetDateTimeOffset() : null);
            })
            .Where(a => a.Name != "Watchdog")
            .OrderBy(a => a.State == "firing" ? 0 : 1).ThenBy(a => a.Severity).ThenBy(a => a.Name)];
    }

    private async Task<JsonElement> GetAsync(string path, CancellationToken ct)
    {
        var body = await http.GetFromJsonAsync<JsonElement>(path, ct);
        return body.GetProperty("data");
    }

    private static Dictionary<string, string> Labels(JsonElement element, string property = "metric") =>
        element.TryGetProperty(property, out var labels) && labels.ValueKind == JsonValueKind.Object
            ? labels.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString() ?? "", StringComparer.Ordinal)
            : [];

    private static double Number(JsonElement value) =>
        double.TryParse(value.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : double.NaN;
}
