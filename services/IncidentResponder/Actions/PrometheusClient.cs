using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;

namespace GameDay.IncidentResponder.Actions;

/// Instant PromQL queries for the diagnosis actions. Prometheus's address is Responder:PrometheusUrl, else the
/// PROMETHEUS_URL line of the control API's /api/env (what `./gameday env` prints for people).
public sealed class PrometheusClient(HttpActionClients http, ActionSettings settings)
{
    public async Task<IReadOnlyList<PromSample>> QueryAsync(string promql, CancellationToken cancellationToken)
    {
        var baseUrl = settings.PrometheusUrl ?? await FromAddressBookAsync(cancellationToken)
            ?? throw new InvalidOperationException("Prometheus's address is unknown (no Responder:PrometheusUrl, no PROMETHEUS_URL in the control API's /api/env).");
        var url = $"{baseUrl.TrimEnd('/')}/api/v1/query?query={Uri.EscapeDataString(promql)}";
        using var response = await http.Client(HttpActionClients.Prometheus).GetAsync(url, cancellationToken);
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"Prometheus answered {(int)response.StatusCode} to {promql}.");
        return Parse(await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken));
    }

    /// The `result` of an instant vector query: labels and value (NaN when Prometheus says so, e.g. a quantile of no data).
    public static IReadOnlyList<PromSample> Parse(JsonElement body) =>
        body.GetProperty("data").GetProperty("result").EnumerateArray().Select(item => new PromSample(
            item.GetProperty("metric").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString() ?? "", StringComparer.Ordinal),
            Number(item.GetProperty("value")[1].GetString()!))).ToArray();

    // Prometheus writes infinities as +Inf/-Inf, which double.Parse does not read.
    private static double Number(string text) => text switch
    {
        "+Inf" => double.PositiveInfinity,
        "-Inf" => double.NegativeInfinity,
        _ => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture),
    };

    /// `export NAME='value'` lines into a dictionary; a name exported twice keeps its last value, as a shell would.
    public static IReadOnlyDictionary<string, string> ParseExports(string text)
    {
        var exports = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!line.StartsWith("export ", StringComparison.Ordinal) || !line.Contains('=')) continue;
            var pair = line["export ".Length..].Split('=', 2);
            exports[pair[0]] = pair[1].Trim('\'');
        }
        return exports;
    }

    private async Task<string?> FromAddressBookAsync(CancellationToken cancellationToken)
    {
        using var response = await http.Client(HttpActionClients.Control).GetAsync("api/env", cancellationToken);
        if (!response.IsSuccessStatusCode) return null;
        return ParseExports(await response.Content.ReadAsStringAsync(cancellationToken)).GetValueOrDefault("PROMETHEUS_URL");
    }
}

public sealed record PromSample(IReadOnlyDictionary<string, string> Labels, double Value)
{
    public string Label(string name) => Labels.GetValueOrDefault(name) ?? "";
}
