namespace GameDay.DataIngestor.Infrastructure;

/// Bound from the `DataIngestor` section.
public sealed record DataIngestorOptions
{
    public const string Section = "DataIngestor";

    /// Silence of the active feed after which the ingestor fails over to the other one.
    public TimeSpan FailoverAfter { get; init; } = TimeSpan.FromSeconds(2);

    /// How often bars and rejected ticks are written to the database.
    public TimeSpan FlushInterval { get; init; } = TimeSpan.FromSeconds(5);

    /// Largest accepted move from the last accepted price of a symbol (0.05 = 5 %).
    public decimal MaxJump { get; init; } = 0.05m;

    /// Consecutive, mutually consistent jump rejections after which the new level is accepted,
    /// so that a real gap (a market shock) does not freeze a symbol forever.
    public int ConfirmLevelAfter { get; init; } = 10;

    /// Rejected ticks kept in memory while the database is unreachable; older ones are dropped.
    public int MaxBufferedRejects { get; init; } = 10_000;

    public bool IsValid() =>
        FailoverAfter > TimeSpan.Zero && FlushInterval > TimeSpan.Zero && MaxJump is > 0 and < 1
        && ConfirmLevelAfter >= 2 && MaxBufferedRejects > 0;
}
