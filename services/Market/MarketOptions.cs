namespace GameDay.Market;

/// Bound from the `Market` configuration section; the AppHost injects `Market__Seed` and
/// `Market__Epoch` so that every service computes the same market for a run.
public sealed class MarketOptions
{
    public const string Section = "Market";

    public int Seed { get; set; } = 42;

    /// Start of step 0. Services that disagree on the epoch would see different markets.
    public DateTimeOffset Epoch { get; set; } = DateTimeOffset.UnixEpoch;

    /// Wall time between two market steps.
    public TimeSpan StepInterval { get; set; } = TimeSpan.FromMilliseconds(500);

    /// Volatility per step of the common index factor.
    public double IndexVolatility { get; set; } = 0.0012;

    /// Volatility per step of each symbol's own component.
    public double IdiosyncraticVolatility { get; set; } = 0.0015;
}
