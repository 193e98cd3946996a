using GameDay.Runbooks;
using Npgsql;

namespace GameDay.IncidentResponder.Conditions;

/// `alert <Name> resolved|firing` from the incident's own alerts: resolved means no alert of that
/// name fires in the incident.
public sealed class AlertProbe(NpgsqlDataSource dataSource) : IConditionProbe
{
    public bool Handles(Condition condition) => condition is AlertCondition;

    public async Task<ConditionResult> ProbeAsync(Condition condition, long incidentId, CancellationToken cancellationToken)
    {
        var c = (AlertCondition)condition;
        await using var command = dataSource.CreateCommand(
            "SELECT count(*) FROM incident_alerts WHERE incident_id = $1 AND alertname = $2 AND status = 'firing'");
        command.Parameters.Add(new NpgsqlParameter { Value = incidentId });
        command.Parameters.Add(new NpgsqlParameter { Value = c.AlertName });
        var firing = Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
        return ConditionResult.Is(c.Firing == firing > 0, $"{c.AlertName}: {firing} firing");
    }
}
