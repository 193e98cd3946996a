using GameDay.Contracts;
using GameDay.ExecutionEngine.Model;
using Microsoft.Extensions.Options;
using Npgsql;

namespace GameDay.ExecutionEngine.Infrastructure;

/// The emergency stop: no INITIALIZED order goes out any more, and every order open at a venue —
/// ours, and any the venue lists that we do not know — is cancelled there.
public sealed partial class CancelAllService(
    VenueClient venue, VenueOrderSync sync, OrderStore store, OrderQueries queries, NpgsqlDataSource dataSource,
    IOptions<ExecutionOptions> options, TimeProvider time, ILogger<CancelAllService> logger)
{
    private static readonly OrderStatus[] FromWorking = [OrderStatus.Submitted, OrderStatus.Accepted, OrderStatus.PartiallyFilled];

    public async Task<int> CancelAllAsync(string requestedBy, CancellationToken ct)
    {
        foreach (var order in await queries.InStatusAsync(OrderStatus.Initialized, 10_000, ct))
        {
            await Db.InTransactionAsync(dataSource, (c, tx) => store.TransitionAsync(c, tx, order.ClientOrderId,
                OrderStatus.Denied, "cancel_all", $"cancel-all by {requestedBy}", ct, [OrderStatus.Initialized]), ct);
        }
        var targets = (await queries.OpenAsync(ct)).Select(o => (Venue: o.Venue!, o.ClientOrderId)).ToHashSet();
        foreach (var name in VenueOptions.All)
        {
            var open = await venue.GetOpenOrdersAsync(name, ct);
            if (open.IsOk) targets.UnionWith(open.Body!.Select(o => (name, o.ClientOrderId)));
        }
        foreach (var (venueName, clientOrderId) in targets)
        {
            await Db.InTransactionAsync(dataSource, (c, tx) => store.TransitionAsync(c, tx, clientOrderId,
                OrderStatus.PendingCancel, null, $"cancel-all by {requestedBy}", ct, FromWorking), ct);
            await CancelAtVenueAsync(venueName, clientOrderId, ct);
        }
        LogCancelAll(requestedBy, targets.Count);
        return targets.Count;
    }

    /// DELETE at the venue. Whatever it could not settle stays PENDING_CANCEL for the CancelResolver.
    public async Task CancelAtVenueAsync(string venueName, string clientOrderId, CancellationToken ct)
    {
        var response = await venue.CancelAsync(venueName, clientOrderId, ct);
        if (response is { IsOk: true, Body: { } canceled }) await sync.ApplyAsync(canceled, venueName, ct);
        else if (response.Outcome == VenueOutcome.NotFound) await CanceledLocallyIfAbsentAsync(clientOrderId, ct);
        else LogCancelFailed(clientOrderId, venueName, response.Outcome.ToString(), response.Error);
    }

    /// After a 404 at the order's venue: the order ends here only if its POST can no longer land there
    /// (refused, or ended long enough ago); a pending or fresh unknown POST may still create it.
    /// Decided under the row lock, so a resend cannot be marked in between (it requires SUBMITTED).
    public Task<TransitionResult> CanceledLocallyIfAbsentAsync(string clientOrderId, CancellationToken ct) =>
        Db.InTransactionAsync(dataSource, async (c, tx) =>
        {
            string? outcome; DateTimeOffset? lastAttemptAt;
            await using (var select = Db.Command(c, tx,
                "SELECT venue_outcome, last_attempt_at FROM orders WHERE client_order_id = $1 FOR UPDATE", clientOrderId))
            await using (var reader = await select.ExecuteReaderAsync(ct))
            {
                if (!await reader.ReadAsync(ct)) return TransitionResult.NotFound;
                (outcome, lastAttemptAt) = (reader.Nullable<string>(0), reader.IsDBNull(1) ? null : reader.GetFieldValue<DateTimeOffset>(1));
            }
            if (!VenueOutcomes.AbsenceIsFinal(outcome, lastAttemptAt, time.GetUtcNow(), options.Value.ResolveAfter))
            {
                return TransitionResult.Skipped;
            }
            return await store.TransitionAsync(c, tx, clientOrderId, OrderStatus.Canceled,
                "cancel_all", "not at the venue", ct, [OrderStatus.PendingCancel]);
        }, ct);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Cancel-all requested by {RequestedBy}: {Count} open orders cancelled at the venues")]
    private partial void LogCancelAll(string requestedBy, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Cancel of {ClientOrderId} at {Venue} failed: {Outcome} {Error}")]
    private partial void LogCancelFailed(string clientOrderId, string venue, string outcome, string? error);
}
