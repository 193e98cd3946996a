using GameDay.Market;

namespace GameDay.DataIngestor.Infrastructure;

public static class MarketOptionsExtensions
{
    // The model replays every step since the epoch at start; an epoch far in the past (the
    // 1970 default when Market__Epoch is not injected) would take hours to replay.
    private static readonly TimeSpan MaxReplay = TimeSpan.FromDays(30);

    public static IServiceCollection AddMarketOptions(this IServiceCollection services)
    {
        services.AddOptions<MarketOptions>().BindConfiguration(MarketOptions.Section)
            .Validate(o => o.StepInterval > TimeSpan.Zero && o.IndexVolatility >= 0 && o.IdiosyncraticVolatility >= 0,
                "Market:StepInterval must be positive and volatilities non-negative.")
            .Validate<TimeProvider>(
                (o, time) => time.GetUtcNow() - o.Epoch < MaxReplay,
                $"Market:Epoch is more than {MaxReplay.TotalDays} days ago; set Market__Epoch (the AppHost injects it).")
            .ValidateOnStart();
        return services;
    }
}
