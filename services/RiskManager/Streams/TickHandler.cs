using GameDay.Contracts.Messages;
using GameDay.Messaging;
using GameDay.RiskManager.Infrastructure;

namespace GameDay.RiskManager.Streams;

/// Keeps the latest price per symbol as the reference for the collar and staleness checks.
public sealed class TickHandler(ReferencePrices references) : IStreamHandler
{
    public Task HandleAsync(StreamMessage message, StreamContext context, CancellationToken cancellationToken)
    {
        if (message.Type != nameof(TicksReceived)) return Task.CompletedTask;
        var ticks = message.Read<TicksReceived>();
        foreach (var quote in ticks.Quotes)
        {
            references.Update(quote.Symbol, quote.Price, ticks.Timestamp);
        }
        return Task.CompletedTask;
    }
}
