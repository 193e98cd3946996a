using GameDay.Contracts;
using Microsoft.Extensions.DependencyInjection;

namespace GameDay.Messaging.Quotes;

public static class QuotesExtensions
{
    /// Keeps the latest quote per symbol (LatestQuotes) from new `market.ticks` entries.
    public static MessagingBuilder SubscribeLatestQuotes(this MessagingBuilder messaging)
    {
        messaging.Services.AddSingleton<LatestQuotes>();
        return messaging.Subscribe<LatestQuotesHandler>(StreamNames.MarketTicks, useInbox: false, startFromBeginning: false);
    }
}
