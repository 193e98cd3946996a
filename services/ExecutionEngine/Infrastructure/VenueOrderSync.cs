using GameDay.Contracts;
using GameDay.ExecutionEngine.Model;
using Npgsql;

namespace GameDay.ExecutionEngine.Infrastructure;

/// Applies what the venue says about an order. Fills come from trades (FillPoller), so a terminal
/// CANCELED/EXPIRED is applied only once every fill the venue reports is recorded here.
public sealed class VenueOrderSync(NpgsqlDataSource dataSource, OrderStore store)
{
    private static readonly OrderStatus[] FromSubmitted = [OrderStatus.Submitted];

    public Task<TransitionResult> ApplyAsync(VenueOrder venueOrder, string venue, CancellationToken ct) =>
        Db.InTransactionAsync(dataSource, async (c, tx) =>
        {
            await store.SetAttemptAsync(c, tx, venueOrder.ClientOrderId, venue, VenueOutcomes.Acked, null, ct);
            return await ApplyStatusAsync(c, tx, venueOrder, ct);
        }, ct);

    private async Task<TransitionResult> ApplyStatusAsync(NpgsqlConnection c, NpgsqlTransaction tx, VenueOrder venueOrder, CancellationToken ct)
    {
        var detail = $"venue {venueOrder.Venue} status {venueOrder.Status}";
        switch (VenueStatusMapping.FromVenue(venueOrder.Status))
        {
            case OrderStatus.Accepted:
                return await store.TransitionAsync(c, tx, venueOrder.ClientOrderId, OrderStatus.Accepted, null, detail, ct, FromSubmitted);
            case OrderStatus.Rejected:
                return await store.TransitionAsync(c, tx, venueOrder.ClientOrderId, OrderStatus.Rejected,
                    venueOrder.RejectReason ?? "rejected", detail, ct);
            case { } terminal:
                await using (var command = Db.Command(c, tx,
                    "SELECT filled_quantity FROM orders WHERE client_order_id = $1", venueOrder.ClientOrderId))
                {
                    if (await command.ExecuteScalarAsync(ct) is not int filled || filled < venueOrder.FilledQuantity)
                    {
                        return TransitionResult.Skipped;
                    }
                }
                return await store.TransitionAsync(c, tx, venueOrder.ClientOrderId, terminal, venueOrder.RejectReason, detail, ct);
            default:
                return TransitionResult.Skipped;
        }
    }
}
