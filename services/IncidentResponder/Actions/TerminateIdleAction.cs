using Npgsql;

namespace GameDay.IncidentResponder.Actions;

/// `postgres.terminate-idle {olderThanSeconds}`: ends idle sessions of OTHER applications (never the
/// responder's own pool) that have been idle longer than the threshold.
public sealed class TerminateIdleAction(NpgsqlDataSource dataSource) : PostgresAction(dataSource)
{
    public override string Name => "postgres.terminate-idle";

    public override async Task<ActionOutcome> ExecuteAsync(ActionContext context, CancellationToken cancellationToken)
    {
        var seconds = context.Number("olderThanSeconds", 60);
        var (rows, text) = await QueryAsync(
            "SELECT pid, application_name, pg_terminate_backend(pid) AS terminated FROM pg_stat_activity " +
            "WHERE datname = current_database() AND pid <> pg_backend_pid() AND state = 'idle' " +
            "AND coalesce(application_name, '') <> (SELECT application_name FROM pg_stat_activity WHERE pid = pg_backend_pid()) " +
            "AND state_change < now() - make_interval(secs => $1)", cancellationToken, (double)seconds);
        return ActionOutcome.Ok($"terminated {rows} idle session(s) older than {seconds} s.\n{text}");
    }
}
