using GameDay.Contracts;
using Npgsql;

namespace GameDay.IncidentResponder.Actions;

/// `postgres.terminate-blocker`: ends the sessions at the head of lock chains (they block others and
/// wait on no one), never the responder's own session.
public sealed class TerminateBlockerAction([FromKeyedServices(ResourceNames.TradingDb)] NpgsqlDataSource dataSource) : PostgresAction(dataSource)
{
    public override string Name => "postgres.terminate-blocker";

    public override async Task<ActionOutcome> ExecuteAsync(ActionContext context, CancellationToken cancellationToken)
    {
        var (rows, text) = await QueryAsync(
            "WITH blockers AS (SELECT DISTINCT unnest(pg_blocking_pids(pid)) AS pid FROM pg_stat_activity) " +
            "SELECT a.pid, a.application_name, left(a.query, 200) AS query, pg_terminate_backend(a.pid) AS terminated " +
            "FROM pg_stat_activity a JOIN blockers b ON b.pid = a.pid " +
            "WHERE a.pid <> pg_backend_pid() AND cardinality(pg_blocking_pids(a.pid)) = 0", cancellationToken);
        return ActionOutcome.Ok(rows == 0 ? "no blocking session found." : $"terminated {rows} blocker(s).\n{text}");
    }
}
