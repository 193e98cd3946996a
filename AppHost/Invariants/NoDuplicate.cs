namespace GameDay.AppHost.Invariants;

/// Invariant 2: no client order id became two orders (in the database or across venues), and
/// no trade was recorded twice.
public sealed class NoDuplicate : IInvariant
{
    public string Name => "no-duplicate";

    public async Task<InvariantResult> CheckAsync(InvariantContext context, CancellationToken cancellationToken)
    {
        var violations = new List<string>();
        (string Sql, string Message)[] queries =
        [
            ("SELECT client_order_id FROM orders GROUP BY client_order_id HAVING count(*) > 1", "client order id {0} has several orders"),
            ("SELECT signal_id FROM orders GROUP BY signal_id HAVING count(*) > 1", "signal {0} produced several orders"),
            ("SELECT venue || '/' || trade_id FROM trades GROUP BY venue, trade_id HAVING count(*) > 1", "trade {0} is recorded several times"),
        ];
        foreach (var (sql, message) in queries)
        {
            await foreach (var key in Sql.StringsAsync(context.Database, sql, cancellationToken))
            {
                violations.Add(string.Format(System.Globalization.CultureInfo.InvariantCulture, message, key));
            }
        }
        var venueOrders = await context.Venue.OrdersAsync(cancellationToken);
        violations.AddRange(venueOrders.GroupBy(o => o.ClientOrderId).Where(g => g.Count() > 1)
            .Select(g => $"client order id {g.Key} was sent as a new order {g.Count()} times ({string.Join(", ", g.Select(o => o.Venue))})"));
        return InvariantResult.From(Name, violations);
    }
}
