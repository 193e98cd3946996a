using GameDay.Contracts;
using Npgsql;

namespace GameDay.IncidentResponder.Actions;

/// `postgres.invalid-indexes`: indexes the planner ignores (pg_index.indisvalid false: a cancelled or failed
/// CREATE INDEX CONCURRENTLY) and the tables most read by sequential scans, the symptom of a missing index.
public sealed class InvalidIndexesAction([FromKeyedServices(ResourceNames.TradingDb)] NpgsqlDataSource dataSource) : PostgresAction(dataSource)
{
    public override string Name => "postgres.invalid-indexes";

    public override async Task<ActionOutcome> ExecuteAsync(ActionContext context, CancellationToken cancellationToken)
    {
        var (invalid, indexes) = await QueryAsync(
            "SELECT i.indexrelid::regclass::text AS index, i.indrelid::regclass::text AS table, pg_get_indexdef(i.indexrelid) AS definition " +
            "FROM pg_index i WHERE NOT i.indisvalid ORDER BY 1", cancellationToken);
        var (_, scans) = await QueryAsync(
            "SELECT relname AS table, seq_scan, seq_tup_read, idx_scan, n_live_tup FROM pg_stat_user_tables " +
            "WHERE schemaname = 'public' ORDER BY seq_tup_read DESC LIMIT 5", cancellationToken);
        return ActionOutcome.Ok((invalid == 0 ? "no invalid index." : $"{invalid} invalid index(es):\n{indexes}") +
            $"\ntables by rows read in sequential scans:\n{scans}");
    }
}
