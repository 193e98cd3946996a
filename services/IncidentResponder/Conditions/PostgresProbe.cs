using GameDay.Contracts;
using GameDay.Runbooks;
using Npgsql;

namespace GameDay.IncidentResponder.Conditions;

/// `postgres connections <op> N` (client sessions) and `postgres lock waits <op> N` (sessions waiting on a lock).
public sealed class PostgresProbe([FromKeyedServices(ResourceNames.TradingDb)] NpgsqlDataSource dataSource) : IConditionProbe
{
    public bool Handles(Condition condition) => condition is PostgresCondition;

    public async Task<ConditionResult> ProbeAsync(Condition condition, long incidentId, CancellationToken cancellationToken)
    {
        var c = (PostgresCondition)condition;
        var sql = c.Measure == PostgresMeasure.Connections
            ? "SELECT count(*) FROM pg_stat_activity WHERE backend_type = 'client backend'"
            : "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'";
        await using var command = dataSource.CreateCommand(sql);
        var count = Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
        var what = c.Measure == PostgresMeasure.Connections ? "connections" : "lock waits";
        return ConditionResult.Is(c.Comparison.IsSatisfiedBy(count), $"postgres {what} = {count}");
    }
}
