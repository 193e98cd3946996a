using GameDay.Broker.Model;
using GameDay.Market;
using Microsoft.Extensions.Options;

namespace GameDay.Broker.Infrastructure;

public static partial class BrokerServiceExtensions
{
    // The model computes every step since the epoch; the 1970 default (Market__Epoch not injected)
    // would take hours to compute.
    private static readonly TimeSpan MaxEpochAge = TimeSpan.FromDays(30);

    public static IHostApplicationBuilder AddBrokerServices(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddProblemDetails();
        services.AddOptions<BrokerOptions>().BindConfiguration(BrokerOptions.Section)
            .Validate(o => o.IsValid(), "Broker options are out of range.").ValidateOnStart();
        services.AddOptions<MarketOptions>().BindConfiguration(MarketOptions.Section)
            .Validate(o => o.StepInterval > TimeSpan.Zero && o.IndexVolatility >= 0 && o.IdiosyncraticVolatility >= 0,
                "Market:StepInterval must be positive and volatilities non-negative.")
            .Validate<TimeProvider>((o, time) => time.GetUtcNow() - o.Epoch < MaxEpochAge,
                $"Market:Epoch is more than {MaxEpochAge.TotalDays} days ago; set Market__Epoch (the AppHost injects it).")
            .ValidateOnStart();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<BrokerOptions>>().Value);
        services.AddSingleton<IJournal>(sp => sp.GetRequiredService<BrokerOptions>().JournalPath is { Length: > 0 } path
            ? new JsonLinesJournal(path)
            : NullJournal.Instance);
        services.AddSingleton<BrokerMetrics>();
        services.AddSingleton(CreateBrokerage);
        services.AddHostedService<MatchingLoop>();
        return builder;
    }

    private static Brokerage CreateBrokerage(IServiceProvider sp)
    {
        var options = sp.GetRequiredService<BrokerOptions>();
        var journal = sp.GetRequiredService<IJournal>();
        var logger = sp.GetRequiredService<ILoggerFactory>().CreateLogger("GameDay.Broker.Journal");
        var brokerage = new Brokerage(options, sp.GetRequiredService<IOptions<MarketOptions>>().Value,
            sp.GetRequiredService<TimeProvider>(), journal);
        if (journal is JsonLinesJournal file)
        {
            LogReplayed(logger, brokerage.State.Replay(file.Recovered), file.Skipped, file.Path);
        }
        else
        {
            LogNoJournal(logger);
        }
        sp.GetRequiredService<BrokerMetrics>().Observe(brokerage);
        return brokerage;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Replayed {Count} journal events ({Skipped} unreadable lines skipped) from {Path}")]
    private static partial void LogReplayed(ILogger logger, int count, int skipped, string path);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Broker:JournalPath is not set: the venue forgets orders and fills when it stops")]
    private static partial void LogNoJournal(ILogger logger);
}
