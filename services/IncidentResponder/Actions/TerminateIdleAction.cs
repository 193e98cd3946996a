using GameDay.Contracts;
using Npgsql;

namespace GameDay.IncidentResponder.Actions;

/// `postgres.terminate-idle {olderThanSeconds}`: ends idle sessions of OTHER applications (never the
/// responder's own pool) that have been idle longer than the threshold.
public sealed class TerminateIdleAction([FromKeyedServices(ResourceNames.TradingDb)] NpgsqlDataSource dataSource) : PostgresAction(dataSource)
{
    public override string Name => "postgres.terminate-idle";

    /// `application: top-idle` limits it to the application holding the most idle sessions (the leaking client the
    /// diagnosis shows), so that the services' own pools keep their connections.
    public override async Task<ActionOutcome> ExecuteAsync(ActionContext context, CancellationToken cancellationToken)
    {
        var seconds = context.Number("olderThanSeconds", 60);
        var topIdle = context.Parameters.GetValueOrDefault("application") == "top-idle";
        var (rows, text) = await QueryAsync(
            "WITH idle AS (SELECT * FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND state = 'idle' " +
            "  AND coalesce(application_name, '') <> (SELECT application_name FROM pg_stat_activity WHERE pid = pg_backend_pid())), " +
            "top AS (SELECT application_name FROM idle GROUP BY application_name ORDER BY count(*) DESC LIMIT 1) " +
            "SELECT pid, application_name, pg_terminate_backend(pid) AS terminated FROM idle " +
            "WHERE state_change < now() - make_interval(secs => $1) AND (NOT $2 OR application_name = (SELECT application_name FROM top))",
            cancellationToken, (double)seconds, topIdle);
        return ActionOutcome.Ok($"terminated {rows} idle session(s) older than {seconds} s{(topIdle ? " of the application with the most idle sessions" : "")}.\n{text}");
    }
}
