namespace GameDay.AppHost.Invariants;

/// Invariant 4: every order has a risk approval, and none was submitted to the venue while
/// trading was halted: the state in force when it was submitted is HALTED, and that halt is older than the
/// propagation grace (a halt needs a moment to reach every service; an unhalt ends the halt at once).
public sealed class NoOrderWhileHaltedOrUnapproved(TimeSpan propagation) : IInvariant
{
    public string Name => "no-order-while-halted-or-unapproved";

    public async Task<InvariantResult> CheckAsync(InvariantContext context, CancellationToken cancellationToken)
    {
        var violations = new List<string>();
        await foreach (var id in Sql.StringsAsync(context.Database,
            """
            SELECT o.client_order_id FROM orders o
            WHERE NOT EXISTS (SELECT 1 FROM risk_decisions d WHERE d.client_order_id = o.client_order_id AND d.approved)
            """, cancellationToken))
        {
            violations.Add($"order {id} has no risk approval");
        }
        await foreach (var id in Sql.StringsAsync(context.Database,
            $"""
            SELECT o.client_order_id || ' at ' || o.submitted_at FROM orders o
            CROSS JOIN LATERAL (
                SELECT h.state, h.at FROM halt_audit h WHERE h.at <= o.submitted_at
                ORDER BY h.at DESC, h.id DESC LIMIT 1) s
            WHERE o.submitted_at IS NOT NULL AND s.state = 'HALTED'
              AND s.at <= o.submitted_at - interval '{propagation.TotalMilliseconds} milliseconds'
            """, cancellationToken))
        {
            violations.Add($"order {id} was submitted while trading was halted");
        }
        var venueOrders = await context.Venue.OrdersAsync(cancellationToken);
        var approved = new HashSet<string>();
        await foreach (var id in Sql.StringsAsync(context.Database, "SELECT client_order_id FROM risk_decisions WHERE approved", cancellationToken))
        {
            approved.Add(id);
        }
        violations.AddRange(venueOrders.Where(o => o.ClientOrderId.StartsWith("GD-", StringComparison.Ordinal) && !approved.Contains(o.ClientOrderId))
            .Select(o => $"venue order {o.ClientOrderId} has no risk approval"));
        return InvariantResult.From(Name, violations);
    }
}
