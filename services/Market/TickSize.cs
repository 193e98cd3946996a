namespace GameDay.Market;

/// NSE equities trade in ticks of 0.05 INR.
public static class TickSize
{
    public const decimal Value = 0.05m;

    public static decimal Round(decimal price) => Math.Round(price / Value, MidpointRounding.AwayFromZero) * Value;
}
