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

    /// The responder itself and its own database.
    public static bool IsSelf(string resource) => SelfResources.Contains(resource);

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

    /// A POST whose answer the action reads on: its outcome and, when it succeeded with a JSON body, that body.
    public async Task<(ActionOutcome Outcome, JsonElement? Body)> PostForJsonAsync(string client, string path, object? body, CancellationToken cancellationToken)
    {
        using var content = body is null ? null : JsonContent.Create(body);
        using var response = await Client(client).PostAsync(path, content, cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        var outcome = Outcome(response, text);
        if (!outcome.Succeeded) return (outcome, null);
        try
        {
            using var document = JsonDocument.Parse(text);
            return (outcome, document.RootElement.Clone());
        }
        catch (JsonException)
        {
            return (ActionOutcome.Failed($"{(int)response.StatusCode}, but the answer is not JSON: {Trim(text)}"), null);
        }
    }

    /// A resource command through the control API. The responder never stops or restarts itself or its own
    /// database: the run doing it would die with the process, and a restart asked for by the resource being
    /// restarted has no one left to see it through: a person must.
    public Task<ActionOutcome> ResourceCommandAsync(string resource, string command, CancellationToken cancellationToken) =>
        command != "start" && IsSelf(resource)
            ? Task.FromResult(ActionOutcome.Failed($"the responder does not {command} {resource}, on which it runs itself; a person must."))
            : PostAsync(Control, $"api/resources/{Uri.EscapeDataString(resource)}/commands/{command}", null, cancellationToken);

    public async Task<ActionOutcome> DeleteAsync(string client, string path, CancellationToken cancellationToken)
    {
        using var response = await Client(client).DeleteAsync(path, cancellationToken);
        return await OutcomeAsync(response, cancellationToken);
    }

    /// The resource's run-time configuration overrides dropped (the AppHost's last known good configuration); the keys it
    /// restored, none when it already ran its declared configuration.
    public async Task<(ActionOutcome Outcome, IReadOnlyList<string> Restored)> RestoreConfigAsync(string resource, CancellationToken cancellationToken)
    {
        using var response = await Client(Control).DeleteAsync($"api/resources/{Uri.EscapeDataString(resource)}/config", cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        var outcome = Outcome(response, text);
        if (!outcome.Succeeded) return (outcome, []);
        using var answer = JsonDocument.Parse(text);
        var restored = answer.RootElement.GetProperty("restored").EnumerateArray().Select(k => k.GetString() ?? "").ToList();
        return (outcome with { NewDeployment = restored.Count > 0 }, restored);
    }

    public async Task<JsonElement?> ReadJsonAsync(string client, string path, CancellationToken cancellationToken)
    {
        using var response = await Client(client).GetAsync(path, cancellationToken);
        if (!response.IsSuccessStatusCode) return null;
        return await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
    }

    private static async Task<ActionOutcome> OutcomeAsync(HttpResponseMessage response, CancellationToken cancellationToken) =>
        Outcome(response, await response.Content.ReadAsStringAsync(cancellationToken));

    private static ActionOutcome Outcome(HttpResponseMessage response, string text)
    {
        var detail = $"{(int)response.StatusCode} {Trim(text)}";
        return response.IsSuccessStatusCode ? ActionOutcome.Ok(detail) : ActionOutcome.Failed(detail);
    }

    internal static string Trim(string text) => text.Length <= 2000 ? text : text[..2000] + "…";
}
