namespace GameDay.Market;

/// A deterministic move of the whole market: `TotalReturn` (e.g. -0.05) spread evenly over
/// `Steps` steps from `StartStep`. Market faults use it; every service applying the same shocks
/// computes the same prices.
public sealed record MarketShock(long StartStep, int Steps, double TotalReturn)
{
    public double ReturnAt(long step) =>
        step >= StartStep && step < StartStep + Steps ? Math.Log(1 + TotalReturn) / Steps : 0;
}
