using GameDay.ExecutionEngine.Infrastructure;
using GameDay.ExecutionEngine.Model;
using GameDay.Messaging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace GameDay.ExecutionEngine.Workers;

/// Finishes the cancels the emergency stop could not confirm. A PENDING_CANCEL order is asked about at
/// its venue every ResolveAfter: still working there, the DELETE is sent again; ended there, that is
/// applied; 404, it ends here only once its POST can no longer land (VenueOutcomes.AbsenceIsFinal).
public sealed class CancelResolver(
    VenueClient venue, VenueOrderSync sync, CancelAllService cancelAll, OrderQueries queries, OrderStore store,
    VenueGate gate, NpgsqlDataSource dataSource, IOptions<ExecutionOptions> options, SchemaReady schema, TimeProvider time,
    ILogger<CancelResolver> logger) : PeriodicWorker(schema, time, logger)
{
    protected override TimeSpan Interval => TimeSpan.FromMilliseconds(500);

    protected override async Task RunOnceAsync(CancellationToken ct)
    {
        foreach (var order in await queries.PendingCancelAsync(Time.GetUtcNow() - options.Value.ResolveAfter, ct))
        {
            if (!gate.CanSend) return;
            await ResolveAsync(order.Venue!, order.ClientOrderId, ct);
            await Db.InTransactionAsync(dataSource, async (c, tx) =>
            {
                await store.TouchPendingCancelAsync(c, tx, order.ClientOrderId, ct);
                return true;
            }, ct);
        }
    }

    private async Task ResolveAsync(string venueName, string clientOrderId, CancellationToken ct)
    {
        var response = await venue.GetOrderAsync(venueName, clientOrderId, ct);
        if (response is { IsOk: true, Body: { } venueOrder })
        {
            await sync.ApplyAsync(venueOrder, venueName, ct);
            if (VenueStatusMapping.IsWorking(venueOrder.Status)) await cancelAll.CancelAtVenueAsync(venueName, clientOrderId, ct);
        }
        else if (response.Outcome == VenueOutcome.NotFound)
        {
            await cancelAll.CanceledLocallyIfAbsentAsync(clientOrderId, ct);
        }
    }
}
