namespace GameDay.IncidentResponder.Actions;

/// Settings of the diagnosis actions, from section `Responder`. The AppHost gives the responder neither a reference
/// to Prometheus nor a data directory, so both have fallbacks: Prometheus's address from the stack's address book
/// (<see cref="PrometheusClient"/>), evidence under the temporary directory, as seed 004 copies logs to /tmp/incident-*.
public sealed record ActionSettings(string? PrometheusUrl, string EvidenceDirectory)
{
    public static ActionSettings From(IConfiguration configuration) => new(
        configuration["Responder:PrometheusUrl"] is { Length: > 0 } url ? url : null,
        configuration["Responder:EvidenceDirectory"] is { Length: > 0 } directory
            ? directory
            : Path.Combine(Path.GetTempPath(), "gameday-evidence"));
}
