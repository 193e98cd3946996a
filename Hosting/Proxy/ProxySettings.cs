using System.Globalization;

namespace GameDay.Hosting.Proxy;

/// Per-endpoint network faults (Toxiproxy's toxics), swapped atomically as a whole record (`with` expressions).
/// The accept path reads Reset, ConnectionCap and Blackhole; each pumped chunk reads Blackhole, Latency/Jitter
/// and BandwidthBytesPerSecond, so a change applies to live connections.
public sealed record ProxySettings
{
    /// Latency plus jitter above this is refused: far past any drill, well inside Task.Delay's range.
    public static readonly TimeSpan MaxDelay = TimeSpan.FromDays(1);

    public static ProxySettings PassThrough { get; } = new();

    /// Added to each chunk toward the client (the response direction), so a round trip costs about this much.
    public TimeSpan Latency { get; init; }

    /// Each chunk's delay is Latency plus a uniform offset in [-Jitter, +Jitter], never below zero.
    public TimeSpan Jitter { get; init; }

    /// Seeds each connection's jitter sequence, so a drill replays the same delays.
    public int JitterSeed { get; init; }

    /// Bytes from both sides are read and dropped; connections stay open and hang.
    public bool Blackhole { get; init; }

    /// New connections are closed with RST at once; assigning it also resets every live connection.
    public bool Reset { get; init; }

    /// At most this many concurrent connections; a lower cap leaves existing connections alone.
    public int? ConnectionCap { get; init; }

    /// Each direction of each connection is throttled to this rate.
    public long? BandwidthBytesPerSecond { get; init; }

    public bool IsPassThrough => Latency == TimeSpan.Zero && Jitter == TimeSpan.Zero && !Blackhole && !Reset
        && ConnectionCap is null && BandwidthBytesPerSecond is null;

    /// One line for logs and the dashboard, e.g. "latency 500ms ±100ms, cap 5".
    public string Describe()
    {
        if (IsPassThrough)
        {
            return "pass-through";
        }

        var parts = new List<string>();
        if (Latency > TimeSpan.Zero || Jitter > TimeSpan.Zero)
        {
            var jitter = Jitter > TimeSpan.Zero ? $" ±{Format(Jitter)}" + (JitterSeed != 0 ? $" (seed {JitterSeed})" : "") : "";
            parts.Add($"latency {Format(Latency)}{jitter}");
        }

        if (BandwidthBytesPerSecond is { } rate)
        {
            parts.Add($"bandwidth {FormatRate(rate)}");
        }

        if (ConnectionCap is { } cap)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"cap {cap}"));
        }

        if (Blackhole)
        {
            parts.Add("blackhole");
        }

        if (Reset)
        {
            parts.Add("reset");
        }

        return string.Join(", ", parts);
    }

    /// The first thing wrong with these settings, or null when they are valid.
    public static string? Validate(ProxySettings s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return s switch
        {
            { Latency.Ticks: < 0 } => $"latency must not be negative (got {Format(s.Latency)})",
            { Jitter.Ticks: < 0 } => $"jitter must not be negative (got {Format(s.Jitter)})",
            _ when s.Latency > MaxDelay || s.Jitter > MaxDelay - s.Latency => $"latency plus jitter must not exceed {MaxDelay.TotalHours:0} hours",
            { ConnectionCap: < 0 } => $"connection cap must not be negative (got {s.ConnectionCap})",
            { BandwidthBytesPerSecond: <= 0 } => $"bandwidth must be positive (got {s.BandwidthBytesPerSecond} B/s)",
            _ => null,
        };
    }

    private static string Format(TimeSpan t) => t.Ticks % TimeSpan.TicksPerSecond == 0 && t != TimeSpan.Zero
        ? string.Create(CultureInfo.InvariantCulture, $"{t.Ticks / TimeSpan.TicksPerSecond}s")
        : string.Create(CultureInfo.InvariantCulture, $"{t.TotalMilliseconds:0.###}ms");

    private static string FormatRate(long rate) => rate switch
    {
        _ when rate % (1024 * 1024) == 0 => string.Create(CultureInfo.InvariantCulture, $"{rate / (1024 * 1024)} MiB/s"),
        _ when rate % 1024 == 0 => string.Create(CultureInfo.InvariantCulture, $"{rate / 1024} KiB/s"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{rate} B/s"),
    };
}
