namespace GameDay.IncidentResponder.Actions;

/// `trades.record-missing` (seed 000 RB6-B): the execution engine records, once each, the trades the venue's history
/// holds and the database lacks, with their positions and fills, and reconciles again.
public sealed class RecordMissingTradesAction(HttpActionClients http) : IIncidentAction
{
    public string Name => "trades.record-missing";

    public Task<ActionOutcome> ExecuteAsync(ActionContext context, CancellationToken cancellationToken) =>
        http.PostAsync(HttpActionClients.ExecutionEngine, "admin/trades/record-missing", null, cancellationToken);
}
