using System.Text.Json;
using GameDay.IncidentResponder.Model;
using Npgsql;

namespace GameDay.IncidentResponder.Infrastructure;

/// Mapping between `incidents` rows and Incident records.
public static class IncidentRows
{
    public const string Columns =
        "id, key, title, runbook, resource, severity, state, scenario_run_id, fault_injected_at, first_signal_at, detected_at, " +
        "acknowledged_at, mitigated_at, recovered_at, resolved_at, closed_at, paged, paged_at, escalation_level, flaps, " +
        "classification, communications";

    public static Incident Read(NpgsqlDataReader r)
    {
        var times = new IncidentTimestamps(At(r, 8), r.GetFieldValue<DateTimeOffset>(9), r.GetFieldValue<DateTimeOffset>(10),
            At(r, 11), At(r, 12), At(r, 13), At(r, 14), At(r, 15));
        return new Incident(r.GetInt64(0), r.GetString(1), r.GetString(2), Text(r, 3), Text(r, 4),
            Enum.Parse<Severity>(r.GetString(5)), r.GetString(6), Text(r, 7), times, r.GetBoolean(16), At(r, 17),
            r.GetInt32(18), r.GetInt32(19), Json<Classification>(r, 20), Json<List<Communication>>(r, 21) ?? []);
    }

    /// The parameters of every column after `id`, in order ($1 … $21).
    public static object?[] Values(Incident i) =>
    [
        i.Key, i.Title, i.Runbook, i.Resource, i.Severity.ToString(), i.State, i.ScenarioRunId, i.Times.FaultInjectedAt,
        i.Times.FirstSignalAt, i.Times.DetectedAt, i.Times.AcknowledgedAt, i.Times.MitigatedAt, i.Times.RecoveredAt,
        i.Times.ResolvedAt, i.Times.ClosedAt, i.Paged, i.PagedAt, i.EscalationLevel, i.Flaps,
        IncidentTransaction.Jsonb(i.Classification), IncidentTransaction.Jsonb(i.Communications),
    ];

    private static DateTimeOffset? At(NpgsqlDataReader r, int i) => r.IsDBNull(i) ? null : r.GetFieldValue<DateTimeOffset>(i);

    private static string? Text(NpgsqlDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    private static T? Json<T>(NpgsqlDataReader r, int i) where T : class =>
        r.IsDBNull(i) ? null : JsonSerializer.Deserialize<T>(r.GetString(i), ResponderJson.Options);
}
