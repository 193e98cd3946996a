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

    /// Volatility per step of the common index factor: about 3.4 % an hour at 500 ms steps, so the
    /// venue's 10 % index circuit breaker only fires when a scenario moves the market.
    public double IndexVolatility { get; set; } = 0.0004;

    /// Volatility per step of each symbol's own component: lively enough for crossovers every few
    /// seconds across the 50 symbols, calm enough that PnL stays far from the daily limits unless driven there.
    public double IdiosyncraticVolatility { get; set; } = 0.0008;
}
