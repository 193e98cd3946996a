using Aspire.Hosting.ApplicationModel;

namespace GameDay.Infrastructure.Services;

/// What every service of one run of the AppHost shares, so that restarts keep it: the admin token its admin routes
/// demand, and the market's seed and epoch (every service computes the same market from them).
public sealed record TradingRun(ParameterResource AdminToken, int Seed, DateTimeOffset Epoch)
{
    public string EpochText => GameDay.Hosting.Runtime.RunSettings.FormatEpoch(Epoch);
}
