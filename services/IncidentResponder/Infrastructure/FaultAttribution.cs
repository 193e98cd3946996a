using System.Net.Http.Json;
using GameDay.IncidentResponder.Actions;
using GameDay.IncidentResponder.Model;

namespace GameDay.IncidentResponder.Infrastructure;

/// Ties an alert to the drill that caused it: when the alert carries no `scenario_run` label, the AppHost's fault
/// list says which scenario run had a fault in force when the alert started; the incident then records that run
/// and the first injection of it (MTTD and MTTR count from there). No AppHost, no faults: the alert stays as it was.
public sealed partial class FaultAttribution(IHttpClientFactory http, ILogger<FaultAttribution> logger)
{
    /// A fault as the AppHost's control API lists it (the fields attribution needs).
    public sealed record FaultRecord(string Id, string? RunId, DateTimeOffset InjectedAt, DateTimeOffset? RevertedAt);

    private static readonly TimeSpan ClockSkew = TimeSpan.FromSeconds(2);

    /// Per attempt, two attempts: an incident opened unattributed stays so (a repeat of its alert is not a new signal),
    /// and a drill's incident without its run is lost to the drill. 2 s and one attempt was not enough for an AppHost
    /// busy starting two stacks (CI F: the trainee drill's incident was never tied to its run).
    private static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(4);

    public async Task<List<AlertSignal>> AttributeAsync(List<AlertSignal> signals, CancellationToken cancellationToken)
    {
        if (!signals.Any(s => s.IsFiring && !s.IsWatchdog && s.ScenarioRunId is null)) return signals;
        IReadOnlyList<FaultRecord>? faults = null;
        string? reason = null;
        for (var attempt = 1; faults is null && attempt <= 2; attempt++)
        {
            try
            {
                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                timeout.CancelAfter(AttemptTimeout);
                faults = await http.CreateClient(HttpActionClients.DrillAttribution).GetFromJsonAsync<List<FaultRecord>>("api/faults", timeout.Token) ?? [];
            }
            catch (Exception e) when (!cancellationToken.IsCancellationRequested)
            {
                reason = e.Message;
            }
        }

        if (faults is null)
        {
            LogUnavailable(reason);
            return signals;
        }

        return [.. signals.Select(s => Attribute(s, faults))];
    }

    /// The run whose latest fault was injected before the alert started and was still in force then.
    public static AlertSignal Attribute(AlertSignal signal, IReadOnlyList<FaultRecord> faults)
    {
        if (signal.ScenarioRunId is not null || !signal.IsFiring || signal.IsWatchdog) return signal;
        var cause = faults
            .Where(f => f.RunId is not null && f.InjectedAt <= signal.StartsAt + ClockSkew && (f.RevertedAt is null || f.RevertedAt >= signal.StartsAt - ClockSkew))
            .OrderByDescending(f => f.InjectedAt).FirstOrDefault();
        if (cause is null) return signal;
        var firstOfRun = faults.Where(f => f.RunId == cause.RunId).Min(f => f.InjectedAt);
        return signal with { ScenarioRunId = cause.RunId, FaultInjectedAt = firstOfRun };
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "No fault list from the AppHost after two attempts ({Reason}); these alerts are not attributed to a drill")]
    private partial void LogUnavailable(string? reason);
}
