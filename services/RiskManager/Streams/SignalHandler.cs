using GameDay.Contracts;
using GameDay.Contracts.Messages;
using GameDay.Messaging;
using GameDay.Messaging.Quotes;
using GameDay.RiskManager.Infrastructure;
using GameDay.RiskManager.Model;

namespace GameDay.RiskManager.Streams;

/// Decides each signal in the inbox transaction: the decision row and its OrderApproved/OrderDenied
/// outbox message commit together, so a decision is published iff it is recorded.
public sealed partial class SignalHandler(
    RiskEvaluator evaluator, LimitsStore limits, LatestQuotes quotes, TradingStatusClient tradingStatus,
    RiskRepository repository, TimeProvider time, ILogger<SignalHandler> logger) : IStreamHandler
{
    public async Task HandleAsync(StreamMessage message, StreamContext context, CancellationToken cancellationToken)
    {
        if (message.Type != nameof(SignalGenerated)) return;
        var signal = message.Read<SignalGenerated>();
        var current = limits.Current;
        var (connection, transaction) = (context.Connection, context.Transaction);

        var status = await tradingStatus.GetAsync(cancellationToken);
        var positions = await repository.ReadPositionsAsync(connection, transaction, cancellationToken);
        var order = OrderSizer.Size(signal, current, positions?.GetValueOrDefault(signal.Symbol)?.Quantity ?? 0);
        var now = time.GetUtcNow();
        var snapshot = new RiskSnapshot(status, positions, References(quotes),
            await RiskRepository.RecentApprovalsAsync(connection, transaction, now - RiskLimits.RateWindow, cancellationToken),
            await RiskRepository.IsDecidedAsync(connection, transaction, order.SignalId, order.ClientOrderId, cancellationToken),
            now);
        var decision = order.Quantity == 0 && signal.Price > 0 && snapshot.Positions is not null
            ? RiskDecision.Deny(DenialReasons.PositionHeld)
            : evaluator.Evaluate(order, snapshot, current);
        Count(decision);
        if (decision.Reason == DenialReasons.Duplicate)
        {
            // The first decision stands and was already published; a second row or message would contradict it.
            LogDuplicate(order.SignalId);
            return;
        }

        var row = new DecisionRow(order.ClientOrderId, order.SignalId, order.Symbol, order.Side, order.Quantity,
            order.LimitPrice, decision.Approved, decision.Reason, status?.State ?? "UNKNOWN", now);
        await RiskRepository.InsertAsync(connection, transaction, row, cancellationToken);
        if (decision.Approved)
        {
            await context.EnqueueAsync(StreamNames.OrdersApproved, new OrderApproved(order.ClientOrderId, order.SignalId,
                order.Symbol, order.Side, order.Quantity, order.LimitPrice, signal.TickTime, now),
                "approved:" + order.ClientOrderId, cancellationToken);
        }
        else
        {
            LogDenied(order.ClientOrderId, order.Symbol, decision.Reason!);
            await context.EnqueueAsync(StreamNames.OrdersDenied, new OrderDenied(order.ClientOrderId, order.SignalId,
                order.Symbol, order.Side, order.Quantity, decision.Reason!, now),
                "denied:" + order.ClientOrderId, cancellationToken);
        }
    }

    private static Dictionary<string, ReferencePrice> References(LatestQuotes quotes) =>
        quotes.Snapshot().ToDictionary(kv => kv.Key, kv => new ReferencePrice(kv.Value.Price, kv.Value.At), StringComparer.Ordinal);

    private static void Count(RiskDecision decision)
    {
        if (decision.Approved) RiskMetrics.Approvals.Add(1);
        else RiskMetrics.Denials.Add(1, new KeyValuePair<string, object?>("reason", decision.Reason));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Denied {ClientOrderId} ({Symbol}): {Reason}")]
    private partial void LogDenied(string clientOrderId, string symbol, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Signal {SignalId} was already decided; ignoring the duplicate")]
    private partial void LogDuplicate(string signalId);
}
