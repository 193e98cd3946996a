using GameDay.Broker.Model;

namespace GameDay.Broker;

/// Bound from the `Broker` configuration section. Collections default to null and are resolved in
/// code, because the configuration binder appends to a collection that already has items.
public sealed class BrokerOptions
{
    public const string Section = "Broker";

    public static readonly string[] DefaultAllowedSources = ["203.0.113.10"];

    public string ApiKey { get; set; } = "gameday-api-key";

    public string ApiSecret { get; set; } = "gameday-api-secret";

    /// Append-only JSON-lines journal replayed at start; no journal (state lost on restart) when unset.
    public string? JournalPath { get; set; }

    public decimal StartingCash { get; set; } = 10_000_000m;

    /// Intraday margin: share of the exposure's value blocked as margin.
    public decimal MarginRate { get; set; } = 0.20m;

    public int RequestsPerSecond { get; set; } = 50;

    public string[]? AllowedSources { get; set; }

    /// Time from acceptance until an order can first fill.
    public TimeSpan FillLatency { get; set; } = TimeSpan.FromMilliseconds(50);

    public TimeSpan MatchInterval { get; set; } = TimeSpan.FromMilliseconds(100);

    /// Bid and ask sit this many ticks below and above the model price (2 ticks of spread by default).
    public int HalfSpreadTicks { get; set; } = 1;

    /// Shares per symbol per market step, seeded per symbol between these bounds.
    public int LiquidityMin { get; set; } = 500;

    public int LiquidityMax { get; set; } = 5_000;

    /// LIMIT orders further than this from the model price are rejected `price_out_of_band`.
    public double PriceBandPercent { get; set; } = 10;

    /// Session time a market halt lasts unless a level says otherwise.
    public TimeSpan HaltDuration { get; set; } = TimeSpan.FromMinutes(15);

    /// Index-wide halts (NSE: 10, 15, 20 % from the reference level); an empty list disables them.
    public List<CircuitBreakerLevel>? CircuitBreakerLevels { get; set; }

    /// How long an injected timeout holds the request before answering 504.
    public TimeSpan TimeoutDelay { get; set; } = TimeSpan.FromSeconds(5);

    public IReadOnlyList<string> ResolvedAllowedSources => AllowedSources ?? DefaultAllowedSources;

    public IReadOnlyList<CircuitBreakerLevel> ResolvedCircuitBreakerLevels =>
        CircuitBreakerLevels?.Select(l => l with { Halt = l.Halt ?? HaltDuration }).ToList()
        ?? [new(10, HaltDuration), new(15, HaltDuration), new(20, HaltDuration)];

    public bool IsValid() =>
        !string.IsNullOrEmpty(ApiKey) && !string.IsNullOrEmpty(ApiSecret) && StartingCash >= 0
        && MarginRate is > 0 and <= 1 && RequestsPerSecond >= 0 && FillLatency >= TimeSpan.Zero
        && MatchInterval > TimeSpan.Zero && HalfSpreadTicks >= 0 && LiquidityMin > 0 && LiquidityMax >= LiquidityMin
        && PriceBandPercent > 0 && HaltDuration > TimeSpan.Zero && TimeoutDelay >= TimeSpan.Zero
        && ResolvedCircuitBreakerLevels.All(l => l.Percent > 0 && l.Halt > TimeSpan.Zero);
}
