using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace GameDay.Hosting.Control;

/// Typed client of the control API (CLI verbs, `check`, tests), sending the admin token on every call.
public sealed class ControlApiClient : IDisposable
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly HttpClient http;

    /// Long enough for the slowest command: a fault's inject that writes a table's history and builds an index.
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);

    public ControlApiClient(string baseUrl, string adminToken)
    {
        http = new HttpClient(new SocketsHttpHandler { UseProxy = false }) { BaseAddress = new Uri(baseUrl.TrimEnd('/') + "/"), Timeout = Timeout };
        http.DefaultRequestHeaders.Add(AdminTokenCheck.Header, adminToken);
    }

    public HttpClient Http => http;

    public async Task<IReadOnlyList<ResourceSnapshot>> GetResourcesAsync(CancellationToken ct = default) =>
        await http.GetFromJsonAsync<List<ResourceSnapshot>>("api/resources", Json, ct) ?? [];

    public async Task<ResourceSnapshot?> GetResourceAsync(string name, CancellationToken ct = default)
    {
        using var response = await http.GetAsync($"api/resources/{Uri.EscapeDataString(name)}", ct);
        return response.StatusCode == HttpStatusCode.NotFound
            ? null
            : await response.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<ResourceSnapshot>(Json, ct);
    }

    /// Runs a resource command; `actor` is who asks for it, as the control API's action log records it.
    public async Task<CommandResult> ExecuteCommandAsync(string name, string command, string actor, CancellationToken ct = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"api/resources/{Uri.EscapeDataString(name)}/commands/{Uri.EscapeDataString(command)}");
        request.Headers.Add(OperatorActions.ActorHeader, actor);
        using var response = await http.SendAsync(request, ct);
        if (response.IsSuccessStatusCode)
        {
            return await response.Content.ReadFromJsonAsync<CommandResult>(Json, ct) ?? CommandResult.Invalid("empty response");
        }

        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Json, ct);
        var detail = problem.TryGetProperty("detail", out var d) ? d.GetString() ?? "" : response.ReasonPhrase ?? "";
        return new CommandResult(
            response.StatusCode switch
            {
                HttpStatusCode.NotFound => CommandOutcome.UnknownResource,
                HttpStatusCode.BadRequest => CommandOutcome.UnknownCommand,
                _ => CommandOutcome.InvalidState,
            },
            detail);
    }

    public async Task<IReadOnlyList<string>> GetLogsAsync(string name, int tail = 100, CancellationToken ct = default) =>
        await http.GetFromJsonAsync<List<string>>($"api/resources/{Uri.EscapeDataString(name)}/logs?tail={tail}", Json, ct) ?? [];

    public Task<string> GetEnvAsync(CancellationToken ct = default) => http.GetStringAsync("api/env", ct);

    public async Task ShutdownAsync(CancellationToken ct = default) =>
        (await http.PostAsync("api/shutdown", null, ct)).EnsureSuccessStatusCode();

    public void Dispose() => http.Dispose();
}
