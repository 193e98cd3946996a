using Bogus;
using GameDay.Contracts;
using GameDay.DataIngestor.Feeds;
using GameDay.DataIngestor.Model;
using GameDay.DataIngestor.Streams;
using GameDay.Market;
using GameDay.Messaging;
using Microsoft.Extensions.Options;

namespace GameDay.DataIngestor.Infrastructure;

public static class DataIngestorServiceExtensions
{
    // Per-service offsets of the seeded randomness (common brief): volumes, then each feed's bad ticks.
    private const int VolumeSeedOffset = 2000;
    private const int BadTickSeedOffset = 2001;

    public static IHostApplicationBuilder AddDataIngestorServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceNpgsql(ResourceNames.TradingDb);
        builder.AddServiceRedis(ResourceNames.Redis);
        builder.AddStreams(ResourceNames.DataIngestor)
            .AddSchema(typeof(DataIngestorServiceExtensions).Assembly, "GameDay.DataIngestor.Schema.sql");
        var services = builder.Services;
        services.AddProblemDetails();
        services.AddMarketOptions();
        services.AddOptions<DataIngestorOptions>().BindConfiguration(DataIngestorOptions.Section)
            .Validate(o => o.IsValid(), "DataIngestor options are out of range.").ValidateOnStart();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<DataIngestorOptions>>().Value);

        services.AddSingleton(sp =>
        {
            var market = sp.GetRequiredService<IOptions<MarketOptions>>().Value;
            return new MarketTape(new MarketModel(market), new Randomizer(market.Seed + VolumeSeedOffset));
        });
        services.AddSingleton(sp => new FeedRegistry(CreateFeeds(sp)));
        services.AddSingleton(sp => new FeedSelector(sp.GetRequiredService<FeedRegistry>().Names,
            sp.GetRequiredService<DataIngestorOptions>().FailoverAfter, sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<DataIngestorOptions>();
            return new TickFilter(options.MaxJump, options.ConfirmLevelAfter);
        });
        services.AddSingleton(sp => new QuoteBook(Nifty50.Instruments.Select(i => i.Symbol), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<BarAggregator>();
        services.AddSingleton<RejectedTickLog>();
        services.AddSingleton<MarketDataStore>();
        services.AddSingleton<IngestorMetrics>();
        services.AddHostedService<TickIngestionService>();
        services.AddHostedService<MarketDataFlusher>();
        return builder;
    }

    private static IMarketFeed[] CreateFeeds(IServiceProvider sp)
    {
        var market = sp.GetRequiredService<IOptions<MarketOptions>>().Value;
        var tape = sp.GetRequiredService<MarketTape>();
        BadTickInjector BadTicks(int index) =>
            new(new Randomizer(market.Seed + BadTickSeedOffset + index), market.StepInterval);
        return
        [
            new SimulatedFeed(FeedNames.Primary, lag: 0, tape, BadTicks(0)),
            new SimulatedFeed(FeedNames.Secondary, lag: 1, tape, BadTicks(1)),
        ];
    }
}
