using System.Text.Json;

namespace GameDay.IncidentResponder.Actions;

/// Gathers an <see cref="EvidenceBundle"/>. Each source is read on its own: one that fails is named in the bundle's
/// errors and the rest is still preserved.
public sealed class EvidenceCollector(HttpActionClients http, PrometheusClient prometheus)
{
    public const string AuthFailures = "sum by (job) (increase(admin_auth_failures_total[5m]))";
    public const string UnauthorizedRoutes =
        "sum by (job, http_route) (increase(http_server_request_duration_seconds_count{http_response_status_code=\"401\", job!=\"broker\"}[5m]))";

    public async Task<EvidenceBundle> CollectAsync(long incidentId, string resource, int tail, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var errors = new List<string>();
        var failures = await TryAsync("Prometheus auth failures", errors, cancellationToken, async () =>
            (await prometheus.QueryAsync(AuthFailures, cancellationToken)).Where(Finite).ToDictionary(s => s.Label("job"), s => s.Value, StringComparer.Ordinal));
        var routes = await TryAsync("Prometheus 401s by route", errors, cancellationToken, async () =>
            (await prometheus.QueryAsync(UnauthorizedRoutes, cancellationToken)).Where(Finite).Select(s => new UnauthorizedRoute(s.Label("job"), s.Label("http_route"), s.Value)).ToList());
        var name = Uri.EscapeDataString(resource);
        var log = await TryAsync($"{resource} log tail", errors, cancellationToken, async () =>
            (await ReadAsync(HttpActionClients.Control, $"api/resources/{name}/logs?tail={tail}", cancellationToken)).EnumerateArray().Select(l => l.GetString() ?? "").ToList());
        var connections = await TryAsync($"{resource} proxy connections", errors, cancellationToken, async () =>
            (JsonElement?)await ReadAsync(HttpActionClients.Control, $"api/resources/{name}/connections", cancellationToken));
        var halts = await TryAsync("orchestrator halt audit", errors, cancellationToken, async () =>
            (JsonElement?)await ReadAsync(HttpActionClients.Orchestrator, "admin/halts?limit=20", cancellationToken));
        return new EvidenceBundle(incidentId, resource, now, failures ?? new Dictionary<string, double>(), routes ?? [],
            log?.Where(line => line.Contains(EvidenceBundle.RefusedMarker, StringComparison.Ordinal)).ToList() ?? [], log ?? [],
            connections, halts, errors);
    }

    // JSON has no NaN: a value Prometheus could not compute is left out of the bundle.
    private static bool Finite(PromSample sample) => double.IsFinite(sample.Value);

    private async Task<JsonElement> ReadAsync(string client, string path, CancellationToken cancellationToken) =>
        await http.ReadJsonAsync(client, path, cancellationToken) ?? throw new InvalidOperationException($"no answer from {path}");

    private static async Task<T?> TryAsync<T>(string what, List<string> errors, CancellationToken cancellationToken, Func<Task<T>> read)
    {
        try
        {
            return await read();
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            errors.Add($"{what}: {ex.Message}");
            return default;
        }
    }
}
