using GameDay.ExecutionEngine.Infrastructure;
using GameDay.ExecutionEngine.Model;
using GameDay.Messaging;
using Microsoft.Extensions.Options;

namespace GameDay.ExecutionEngine.Workers;

/// Notices orders that ended at the venue without a fill (REJECTED, CANCELED, EXPIRED). One list call per
/// venue finds what is still open; only orders missing from it are asked about, to spare the venue's quota.
public sealed class OrderStatusPoller(
    VenueClient venue, VenueOrderSync sync, OrderQueries queries, VenueGate gate, IOptions<ExecutionOptions> options,
    SchemaReady schema, TimeProvider time, ILogger<OrderStatusPoller> logger) : PeriodicWorker(schema, time, logger)
{
    protected override TimeSpan Interval => options.Value.StatusPollInterval;

    protected override async Task RunOnceAsync(CancellationToken ct)
    {
        if (!gate.CanSend) return;
        var acknowledged = (await queries.OpenAsync(ct)).Where(o => o.VenueOutcome == VenueOutcomes.Acked).ToList();
        foreach (var group in acknowledged.GroupBy(o => o.Venue!))
        {
            var open = await venue.GetOpenOrdersAsync(group.Key, ct);
            if (!open.IsOk) continue;
            var byId = open.Body!.ToDictionary(o => o.ClientOrderId, StringComparer.Ordinal);
            foreach (var order in group)
            {
                if (byId.TryGetValue(order.ClientOrderId, out var working))
                {
                    if (order.Status == Contracts.OrderStatus.Submitted.ToText()) await sync.ApplyAsync(working, group.Key, ct);
                    continue;
                }
                var current = await venue.GetOrderAsync(group.Key, order.ClientOrderId, ct);
                if (current is { IsOk: true, Body: { } venueOrder }) await sync.ApplyAsync(venueOrder, group.Key, ct);
            }
        }
    }
}
