using System.Globalization;
using System.Text.Json;

namespace GameDay.IncidentResponder.Actions;

/// What `security.evidence` preserves (seed 004 "preserve evidence": system state, logs, connections): refused admin
/// calls per service from Prometheus, the targeted service's log tail and its refused-request lines, the AppHost proxy's
/// open connections to it (client ports, to find the caller with `ss -tnp`), the orchestrator's halt audit, and what
/// could not be read.
public sealed record EvidenceBundle(
    long IncidentId,
    string Resource,
    DateTimeOffset CollectedAt,
    IReadOnlyDictionary<string, double> AuthFailuresByService,
    IReadOnlyList<UnauthorizedRoute> UnauthorizedByRoute,
    IReadOnlyList<string> RefusedLogLines,
    IReadOnlyList<string> LogTail,
    JsonElement? ProxyConnections,
    JsonElement? HaltAudit,
    IReadOnlyList<string> Errors)
{
    /// The marker AdminTokenExtensions logs for each refused admin call.
    public const string RefusedMarker = "Refused admin request";

    public string Summary()
    {
        var failures = AuthFailuresByService.Count == 0
            ? "no admin auth failures in Prometheus"
            : "admin auth failures (5 min): " + string.Join(", ", AuthFailuresByService.OrderByDescending(p => p.Value).Select(p => $"{p.Key} {Count(p.Value)}"));
        var routes = UnauthorizedByRoute.OrderByDescending(r => r.Count).Take(3).Select(r => $"{r.Job} {r.Route} {Count(r.Count)}").ToArray();
        var connections = ProxyConnections is { ValueKind: JsonValueKind.Array } list ? list.GetArrayLength().ToString(CultureInfo.InvariantCulture) : "unknown";
        return $"{failures}; 401s by route: {(routes.Length == 0 ? "none" : string.Join(", ", routes))}; " +
            $"{RefusedLogLines.Count} refused admin requests in {Resource}'s last {LogTail.Count} log lines; {connections} open proxy connections" +
            (Errors.Count == 0 ? "" : $"; not collected: {string.Join("; ", Errors)}");
    }

    private static string Count(double value) => value.ToString("0", CultureInfo.InvariantCulture);
}

public sealed record UnauthorizedRoute(string Job, string Route, double Count);
