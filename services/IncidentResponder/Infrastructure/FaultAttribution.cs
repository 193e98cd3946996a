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

    public async Task<List<AlertSignal>> AttributeAsync(List<AlertSignal> signals, CancellationToken cancellationToken)
    {
        if (!signals.Any(s => s.IsFiring && !s.IsWatchdog && s.ScenarioRunId is null)) return signals;
        IReadOnlyList<FaultRecord> faults;
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(2));
            faults = await http.CreateClient(HttpActionClients.DrillAttribution).GetFromJsonAsync<List<FaultRecord>>("api/faults", timeout.Token) ?? [];
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            LogUnavailable(e.Message);
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

    [LoggerMessage(Level = LogLevel.Debug, Message = "No fault list from the AppHost ({Reason}); alerts are not attributed to a drill")]
    private partial void LogUnavailable(string reason);
}
