namespace GameDay.Broker.Model;

/// The two venues of the one trading account: `primary` (NSE-like) and `fallback` (BSE-like).
public static class VenueNames
{
    public const string Primary = "primary";
    public const string Fallback = "fallback";

    public static readonly IReadOnlyList<string> All = [Primary, Fallback];
}
