using GameDay.Contracts;
using Npgsql;

namespace GameDay.IncidentResponder.Actions;

/// `postgres.connections`: pg_stat_activity by application and state.
public sealed class PostgresConnectionsAction([FromKeyedServices(ResourceNames.TradingDb)] NpgsqlDataSource dataSource) : PostgresAction(dataSource)
{
    public override string Name => "postgres.connections";

    public override async Task<ActionOutcome> ExecuteAsync(ActionContext context, CancellationToken cancellationToken)
    {
        var (_, text) = await QueryAsync(
            "SELECT coalesce(application_name, '') AS application, coalesce(state, '') AS state, count(*) AS connections " +
            "FROM pg_stat_activity WHERE backend_type = 'client backend' GROUP BY 1, 2 ORDER BY 3 DESC", cancellationToken);
        return ActionOutcome.Ok(text);
    }
}
