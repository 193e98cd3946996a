using GameDay.Contracts;
using Npgsql;

namespace GameDay.IncidentResponder.Actions;

/// `postgres.blocking-queries`: sessions waiting on a lock and who blocks them (pg_blocking_pids).
public sealed class BlockingQueriesAction([FromKeyedServices(ResourceNames.TradingDb)] NpgsqlDataSource dataSource) : PostgresAction(dataSource)
{
    public override string Name => "postgres.blocking-queries";

    public override async Task<ActionOutcome> ExecuteAsync(ActionContext context, CancellationToken cancellationToken)
    {
        var (rows, text) = await QueryAsync(
            "SELECT pid, pg_blocking_pids(pid) AS blocked_by, application_name, left(query, 200) AS query, now() - query_start AS waiting " +
            "FROM pg_stat_activity WHERE cardinality(pg_blocking_pids(pid)) > 0 ORDER BY query_start", cancellationToken);
        return ActionOutcome.Ok(rows == 0 ? "no session waits on a lock." : text);
    }
}
