using GameDay.Contracts;
using GameDay.ExecutionEngine.Infrastructure;
using GameDay.ExecutionEngine.Model;
using GameDay.Messaging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace GameDay.ExecutionEngine.Workers;

/// Takes INITIALIZED orders to a venue: denied when unapproved, halted, too old or while the market is closed or
/// halted (no order goes to a market that cannot trade it; new ones go out again once it opens); left waiting while the
/// trading state is unknown or the venue unusable; otherwise SUBMITTED is committed first — unless the database says
/// trading is halted, which the in-memory state may not know yet — then the POST.
public sealed partial class OrderSubmitter(
    OrderQueries queries, OrderStore store, OrderSender sender, RiskApprovals approvals, TradingStateCache tradingState,
    VenueGate gate, VenueRouter router, NpgsqlDataSource dataSource, IOptions<ExecutionOptions> options,
    SchemaReady schema, TimeProvider time, ILogger<OrderSubmitter> logger) : PeriodicWorker(schema, time, logger)
{
    private const string DeniedHalted = "trading_halted";
    // The order event's detail when the database knew of the halt before the in-memory state did.
    private const string HaltedInDatabase = "halted in the database";
    private static readonly OrderStatus[] FromInitialized = [OrderStatus.Initialized];

    protected override TimeSpan Interval => options.Value.SubmitInterval;

    protected override async Task RunOnceAsync(CancellationToken ct)
    {
        foreach (var order in await queries.InStatusAsync(OrderStatus.Initialized, 50, ct))
        {
            if (options.Value.RequireRiskApproval && !await approvals.IsApprovedAsync(order, ct))
            {
                await DenyAsync(order, "no_risk_approval", ct);
                continue;
            }
            if (Time.GetUtcNow() - order.CreatedAt > options.Value.MaxOrderAge)
            {
                await DenyAsync(order, "expired_before_submit", ct);
                continue;
            }
            if (tradingState.IsHalted is not { } halted) return;
            if (halted)
            {
                await DenyAsync(order, DeniedHalted, ct);
                continue;
            }
            if (router.MarketRefusal is { } closed)
            {
                await DenyAsync(order, closed, ct);
                continue;
            }
            if (!gate.CanSend) return;
            var venueName = router.Current;
            using var span = OrderTracing.Start("submit order", order)?.SetTag("order.venue", venueName);
            switch (await MarkSubmittedAsync(order, venueName, ct))
            {
                case Marking.Skipped:
                    span?.SetTag("order.skipped", "no longer INITIALIZED");
                    continue;
                case Marking.Halted:
                    span?.SetTag("order.skipped", "trading halted in the database");
                    LogDenied(order.ClientOrderId, DeniedHalted);
                    continue;
            }
            await sender.SendAsync(order, venueName, ct);
        }
    }

    private enum Marking { Submitted, Skipped, Halted }

    /// SUBMITTED commits only while the orchestrator's stored state is not HALTED (TradingStateFence); a halted order is
    /// denied in the same transaction.
    private Task<Marking> MarkSubmittedAsync(OrderRow order, string venueName, CancellationToken ct) =>
        Db.InTransactionAsync(dataSource, async (c, tx) =>
        {
            if (await TradingStateFence.IsHaltedAsync(c, tx, ct))
            {
                var denied = await store.TransitionAsync(c, tx, order.ClientOrderId, OrderStatus.Denied, DeniedHalted,
                    HaltedInDatabase, ct, FromInitialized);
                return denied == TransitionResult.Changed ? Marking.Halted : Marking.Skipped;
            }
            var result = await store.TransitionAsync(c, tx, order.ClientOrderId, OrderStatus.Submitted, null,
                $"to {venueName}", ct, FromInitialized);
            if (result != TransitionResult.Changed) return Marking.Skipped;
            await store.SetAttemptAsync(c, tx, order.ClientOrderId, venueName, VenueOutcomes.Pending, null, ct);
            return Marking.Submitted;
        }, ct);

    private async Task DenyAsync(OrderRow order, string reason, CancellationToken ct)
    {
        using var span = OrderTracing.Start("deny order", order)?.SetTag("order.reason", reason);
        LogDenied(order.ClientOrderId, reason);
        await Db.InTransactionAsync(dataSource, (c, tx) =>
            store.TransitionAsync(c, tx, order.ClientOrderId, OrderStatus.Denied, reason, null, ct, FromInitialized), ct);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Order {ClientOrderId} denied before submission: {Reason}")]
    private partial void LogDenied(string clientOrderId, string reason);
}
