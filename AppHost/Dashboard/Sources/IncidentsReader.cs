using System.Net.Http.Json;
using System.Text.Json;
using GameDay.Contracts;

namespace GameDay.AppHost.Dashboard.Sources;

public sealed record IncidentTimes(
    DateTimeOffset? FaultInjectedAt, DateTimeOffset FirstSignalAt, DateTimeOffset DetectedAt, DateTimeOffset? AcknowledgedAt,
    DateTimeOffset? MitigatedAt, DateTimeOffset? RecoveredAt, DateTimeOffset? ResolvedAt, DateTimeOffset? ClosedAt);

/// MTTD, MTTA and MTTR as the responder computes them (docs/architecture.md, "The incident responder").
public sealed record IncidentMeasures(double? MttdSeconds, double? MttaSeconds, double? MttrSeconds);

public sealed record IncidentSummary(
    long Id, string Title, string? Runbook, string? Resource, string Severity, string State, string? ScenarioRunId,
    IncidentTimes Times, IncidentMeasures Measures, bool Paged, int EscalationLevel, int Flaps)
{
    public bool IsOpen => State is not ("resolved" or "closed");
}

public sealed record TimelineRow(DateTimeOffset At, string Type, string Summary);

public sealed record StepRow(
    string StepId, int Position, string Kind, string Action, string Risk, string Status, string Detail,
    DateTimeOffset? StartedAt, DateTimeOffset? FinishedAt, string? Target)
{
    /// A high-risk step waiting for a person: the approve button shows until the runner has the approval.
    public bool WaitsForApproval => Status == "awaiting_approval";

    /// Trainee mode: a step laid out for the person on call to do and report.
    public bool ToDo => Status == "to_do";
}

/// The incident responder's API: incidents, their timelines, runbook steps and post-mortems; acknowledging and
/// approving a gated step in the name of the dashboard's user.
public sealed class IncidentsReader(StackSources sources)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private HttpClient Responder => sources.Client(ResourceNames.IncidentResponder);

    public async Task<IReadOnlyList<IncidentSummary>> ListAsync(int limit, CancellationToken ct) =>
        await Responder.GetFromJsonAsync<List<IncidentSummary>>($"/api/incidents?limit={limit}", Json, ct) ?? [];

    public async Task<IncidentSummary?> GetAsync(long id, CancellationToken ct)
    {
        using var response = await Responder.GetAsync($"/api/incidents/{id}", ct);
        if (!response.IsSuccessStatusCode) return null;
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(ct);
        return body.GetProperty("incident").Deserialize<IncidentSummary>(Json);
    }

    public async Task<IReadOnlyList<TimelineRow>> TimelineAsync(long id, CancellationToken ct)
    {
        var timeline = await Responder.GetFromJsonAsync<JsonElement>($"/api/incidents/{id}/timeline", ct);
        return [.. timeline.EnumerateArray().Select(e => new TimelineRow(
            e.GetProperty("at").GetDateTimeOffset(), e.GetProperty("type").GetString() ?? "", Incidents.IncidentTable.Summary(e)))];
    }

    public async Task<IReadOnlyList<StepRow>> StepsAsync(long id, CancellationToken ct) =>
        await Responder.GetFromJsonAsync<List<StepRow>>($"/api/incidents/{id}/steps", Json, ct) ?? [];

    /// The post-mortem in Markdown, or null while the incident is not resolved.
    public async Task<string?> PostmortemAsync(long id, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/incidents/{id}/postmortem");
        request.Headers.Accept.ParseAdd("text/markdown");
        using var response = await Responder.SendAsync(request, ct);
        return response.IsSuccessStatusCode ? await response.Content.ReadAsStringAsync(ct) : null;
    }

    public Task<string> AcknowledgeAsync(long id, string by, CancellationToken ct) =>
        PostAsync($"/api/incidents/{id}/acknowledge", new { by }, $"#{id} acknowledged by {by}", ct);

    /// Trainee mode: the person reports a step of the runbook done.
    public Task<string> ReportDoneAsync(long id, string step, string by, string note, CancellationToken ct) =>
        PostAsync($"/api/incidents/{id}/steps/{Uri.EscapeDataString(step)}/done", new { by, note }, $"step {step} of #{id} reported done by {by}", ct);

    public Task<string> ApproveAsync(long id, string step, string by, CancellationToken ct) =>
        PostAsync($"/api/incidents/{id}/steps/{Uri.EscapeDataString(step)}/approve", new { by }, $"step {step} of #{id} approved by {by}", ct);

    private async Task<string> PostAsync(string path, object body, string done, CancellationToken ct)
    {
        using var response = await Responder.PostAsJsonAsync(path, body, ct);
        if (response.IsSuccessStatusCode) return done;
        return $"refused ({(int)response.StatusCode}): {ProblemDetail.Of(await response.Content.ReadAsStringAsync(ct))}";
    }
}
