using Npgsql;

namespace GameDay.AppHost.Invariants;

/// Invariant 1: every approved order reached the engine and left the uncertain states, and
/// every venue trade is recorded in `trades` (in flight: younger than the grace period).
public sealed class NoLostOrder(TimeSpan grace) : IInvariant
{
    public string Name => "no-lost-order";

    public async Task<InvariantResult> CheckAsync(InvariantContext context, CancellationToken cancellationToken)
    {
        var violations = new List<string>();
        var seconds = grace.TotalSeconds;
        await foreach (var id in Sql.StringsAsync(context.Database,
            $"""
            SELECT d.client_order_id FROM risk_decisions d
            LEFT JOIN orders o ON o.client_order_id = d.client_order_id
            WHERE d.approved AND o.client_order_id IS NULL AND d.decided_at < now() - interval '{seconds} seconds'
            """, cancellationToken))
        {
            violations.Add($"approved order {id} never reached the execution engine");
        }
        await foreach (var row in Sql.StringsAsync(context.Database,
            $"""
            SELECT client_order_id || ' (' || status || ')' FROM orders
            WHERE status IN ('INITIALIZED', 'SUBMITTED', 'PENDING_CANCEL') AND updated_at < now() - interval '{seconds} seconds'
            """, cancellationToken))
        {
            violations.Add($"order {row} is stuck with an unknown outcome");
        }

        var recorded = new HashSet<string>();
        await foreach (var key in Sql.StringsAsync(context.Database, "SELECT venue || '/' || trade_id FROM trades", cancellationToken))
        {
            recorded.Add(key);
        }
        var venueTrades = await context.Venue.TradesAsync(cancellationToken);
        var settled = venueTrades.Max(t => (DateTimeOffset?)t.ExecutedAt) - grace;
        foreach (var trade in venueTrades.Where(t => !recorded.Contains($"{t.Venue}/{t.TradeId}") && t.ExecutedAt < settled))
        {
            violations.Add($"venue trade {trade.Venue}/{trade.TradeId} ({trade.ClientOrderId}) is not in trades");
        }
        var known = venueTrades.Select(t => $"{t.Venue}/{t.TradeId}").ToHashSet();
        violations.AddRange(recorded.Where(k => !known.Contains(k)).Select(k => $"trade {k} is recorded but unknown to the venue"));
        return InvariantResult.From(Name, violations);
    }
}
