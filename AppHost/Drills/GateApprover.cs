using System.Net.Http.Json;
using System.Text.Json;
using GameDay.Contracts;

namespace GameDay.AppHost.Drills;

/// The drill facilitator at the approval gate: while a drill waits for recovery, every high-risk step of its
/// incidents that waits for approval is approved in the drill's name (and the journal says when), as the
/// on-call lead would in a game day. `--no-approve` leaves the gates shut.
public sealed class GateApprover(DrillEnvironment env, TimeProvider time)
{
    public async Task RunAsync(Func<IReadOnlyList<long>> incidents, string runId, Action<string> report, CancellationToken ct)
    {
        using var responder = env.Client(ResourceNames.IncidentResponder, true);
        while (!ct.IsCancellationRequested)
        {
            foreach (var id in incidents())
            {
                try
                {
                    await ApproveWaitingAsync(responder, id, runId, report, ct);
                }
                catch (Exception) when (!ct.IsCancellationRequested)
                {
                    // The responder may be unreachable for a moment, however its client reports it; the next round tries again.
                }
            }
            await Task.Delay(TimeSpan.FromSeconds(1), time, ct);
        }
    }

    private async Task ApproveWaitingAsync(HttpClient responder, long id, string runId, Action<string> report, CancellationToken ct)
    {
        var steps = await responder.GetFromJsonAsync<JsonElement>($"/api/incidents/{id}/steps", ct);
        // A step approved once and asked again (its incident re-opened) waits again; one already approved does not.
        foreach (var step in steps.EnumerateArray().Where(s => s.GetProperty("status").GetString() == "awaiting_approval"))
        {
            var stepId = step.GetProperty("stepId").GetString()!;
            using var response = await responder.PostAsJsonAsync($"/api/incidents/{id}/steps/{stepId}/approve", new { by = $"drill {runId}" }, ct);
            if (response.StatusCode == System.Net.HttpStatusCode.Conflict) continue; // approved already; the runner has not said so yet
            report(response.IsSuccessStatusCode ? $"approved step {stepId} of incident #{id}" : $"approving {stepId} of #{id} failed ({(int)response.StatusCode})");
        }
    }
}
