namespace GameDay.Market;

/// A deterministic move: `TotalReturn` (e.g. -0.05) spread evenly over `Steps` steps from `StartStep`, of the
/// whole market (the index factor, each symbol by its beta) or, with `Symbol`, of that one symbol alone.
/// Market faults use it; every service applying the same shocks computes the same prices.
public sealed record MarketShock(long StartStep, int Steps, double TotalReturn, string? Symbol = null)
{
    public double ReturnAt(long step) =>
        step >= StartStep && step < StartStep + Steps ? Math.Log(1 + TotalReturn) / Steps : 0;

    /// The steps a shock may spread over (at 500 ms a step, up to about 14 hours).
    public const int MaxSteps = 100_000;
}
