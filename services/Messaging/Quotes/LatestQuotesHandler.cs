using GameDay.Contracts.Messages;

namespace GameDay.Messaging.Quotes;

/// Feeds LatestQuotes from `market.ticks`. Subscribe it without an inbox: keeping the latest price
/// is idempotent by itself.
public sealed class LatestQuotesHandler(LatestQuotes quotes) : IStreamHandler
{
    public Task HandleAsync(StreamMessage message, StreamContext context, CancellationToken cancellationToken)
    {
        if (message.Type != nameof(TicksReceived)) return Task.CompletedTask;
        var ticks = message.Read<TicksReceived>();
        foreach (var quote in ticks.Quotes)
        {
            quotes.Update(quote.Symbol, quote.Price, ticks.Timestamp);
        }
        return Task.CompletedTask;
    }
}
