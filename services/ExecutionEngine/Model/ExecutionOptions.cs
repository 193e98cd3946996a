using System.ComponentModel.DataAnnotations;

namespace GameDay.ExecutionEngine.Model;

/// Section `Execution`: the engine's loop intervals and patience.
public sealed class ExecutionOptions
{
    public const string Section = "Execution";

    [Range(typeof(TimeSpan), "00:00:00.010", "00:01:00")] public TimeSpan SubmitInterval { get; set; } = TimeSpan.FromMilliseconds(200);
    [Range(typeof(TimeSpan), "00:00:00.010", "00:01:00")] public TimeSpan FillPollInterval { get; set; } = TimeSpan.FromMilliseconds(250);
    [Range(typeof(TimeSpan), "00:00:00.100", "00:01:00")] public TimeSpan StatusPollInterval { get; set; } = TimeSpan.FromSeconds(1);
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")] public TimeSpan ReconcileInterval { get; set; } = TimeSpan.FromSeconds(30);
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")] public TimeSpan TradingStateRefresh { get; set; } = TimeSpan.FromSeconds(5);

    /// Without a fresh trading state (a poll or a message) for this long, the state counts as unknown.
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")] public TimeSpan TradingStateMaxAge { get; set; } = TimeSpan.FromSeconds(15);

    /// An order that could not reach a venue for this long is given up rather than sent at a stale price.
    [Range(typeof(TimeSpan), "00:00:05", "1.00:00:00")] public TimeSpan MaxOrderAge { get; set; } = TimeSpan.FromSeconds(60);

    /// Wait this long after an attempt with an unknown outcome before asking the venue about it.
    [Range(typeof(TimeSpan), "00:00:00.100", "00:10:00")] public TimeSpan ResolveAfter { get; set; } = TimeSpan.FromSeconds(2);

    /// The approved-order contract this engine reads. 1 is what the risk manager sends; 2 also requires each order's
    /// trading account, which no producer sends yet: a deployment ahead of its producers refuses every valid order
    /// (the dlq-accumulation drill's cause).
    [Range(1, 2)] public int OrderContract { get; set; } = 1;

    /// Only orders with an approved row in `risk_decisions` are sent (orders injected on the stream are denied).
    public bool RequireRiskApproval { get; set; } = true;
}
