using GameDay.Contracts.Messages;
using GameDay.Messaging;

namespace GameDay.Orchestrator.Streams;

/// Keeps the marks for unrealized PnL. Subscribed without an inbox: keeping the latest price is
/// idempotent by itself.
public sealed class TicksHandler(MarkBook marks) : IStreamHandler
{
    public Task HandleAsync(StreamMessage message, StreamContext context, CancellationToken cancellationToken)
    {
        if (message.Type != nameof(TicksReceived)) return Task.CompletedTask;
        var ticks = message.Read<TicksReceived>();
        foreach (var quote in ticks.Quotes)
        {
            marks.Update(quote.Symbol, quote.Price, ticks.Timestamp);
        }
        return Task.CompletedTask;
    }
}
