using System.Net.Http.Json;
using System.Text.Json;
using GameDay.Contracts;

namespace GameDay.IncidentResponder.Actions;

/// Named HttpClients of the autopilot (each sends X-Admin-Token) and small helpers that turn any
/// failure into text rather than an exception.
public sealed class HttpActionClients(IHttpClientFactory factory)
{
    public const string Control = "autopilot-control";
    public const string Orchestrator = "autopilot-orchestrator";
    public const string ExecutionEngine = "autopilot-execution-engine";
    public const string RiskManager = "autopilot-risk-manager";
    public const string Broker = "autopilot-broker";

    /// The control API's fault list, read only to tie an alert to the drill that caused it (<see cref="Infrastructure.FaultAttribution"/>).
    public const string DrillAttribution = "drill-attribution";

    /// No base address and no admin token: the diagnosis actions find Prometheus at run time (<see cref="PrometheusClient"/>).
    public const string Prometheus = "autopilot-prometheus";

    private static readonly string[] SelfResources = [ResourceNames.IncidentResponder, ResourceNames.ResponderPostgres, ResourceNames.ResponderDb];

    public HttpClient Client(string name) => factory.CreateClient(name);

    public async Task<ActionOutcome> GetAsync(string client, string path, CancellationToken cancellationToken)
    {
        using var response = await Client(client).GetAsync(path, cancellationToken);
        return await OutcomeAsync(response, cancellationToken);
    }

    public async Task<ActionOutcome> PostAsync(string client, string path, object? body, CancellationToken cancellationToken)
    {
        using var content = body is null ? null : JsonContent.Create(body);
        using var response = await Client(client).PostAsync(path, content, cancellationToken);
        return await OutcomeAsync(response, cancellationToken);
    }

    /// A resource command through the control API. The responder never stops or restarts itself or its own
    /// database: the run doing it would die with the process, and a restart asked for by the resource being
    /// restarted has no one left to see it through: a person must.
    public Task<ActionOutcome> ResourceCommandAsync(string resource, string command, CancellationToken cancellationToken) =>
        command != "start" && SelfResources.Contains(resource)
            ? Task.FromResult(ActionOutcome.Failed($"the responder does not {command} {resource}, on which it runs itself; a person must."))
            : PostAsync(Control, $"api/resources/{Uri.EscapeDataString(resource)}/commands/{command}", null, cancellationToken);

    public async Task<ActionOutcome> DeleteAsync(string client, string path, CancellationToken cancellationToken)
    {
        using var response = await Client(client).DeleteAsync(path, cancellationToken);
        return await OutcomeAsync(response, cancellationToken);
    }

    public async Task<JsonElement?> ReadJsonAsync(string client, string path, CancellationToken cancellationToken)
    {
        using var response = await Client(client).GetAsync(path, cancellationToken);
        if (!response.IsSuccessStatusCode) return null;
        return await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
    }

    private static async Task<ActionOutcome> OutcomeAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        var detail = $"{(int)response.StatusCode} {Trim(text)}";
        return response.IsSuccessStatusCode ? ActionOutcome.Ok(detail) : ActionOutcome.Failed(detail);
    }

    internal static string Trim(string text) => text.Length <= 2000 ? text : text[..2000] + "…";
}
