using GameDay.Hosting.Proxy;

namespace GameDay.Hosting.Tests;

public sealed class ProxySettingsTests
{
    private static readonly TimeSpan Ms = TimeSpan.FromMilliseconds(1);

    public static TheoryData<ProxySettings> Invalid => new()
    {
        ProxySettings.PassThrough with { Latency = -Ms },
        ProxySettings.PassThrough with { Jitter = -Ms },
        ProxySettings.PassThrough with { Latency = TimeSpan.MaxValue },
        ProxySettings.PassThrough with { Latency = ProxySettings.MaxDelay, Jitter = Ms },
        ProxySettings.PassThrough with { ConnectionCap = -1 },
        ProxySettings.PassThrough with { BandwidthBytesPerSecond = 0 },
        ProxySettings.PassThrough with { BandwidthBytesPerSecond = -1 },
    };

    public static TheoryData<ProxySettings> Valid => new()
    {
        ProxySettings.PassThrough,
        ProxySettings.PassThrough with { Latency = 500 * Ms, Jitter = 900 * Ms, JitterSeed = -7 },
        ProxySettings.PassThrough with { ConnectionCap = 0, BandwidthBytesPerSecond = 1 },
        ProxySettings.PassThrough with { Blackhole = true, Reset = true },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public void ValidateRejectsBadValues(ProxySettings settings) => Assert.NotNull(ProxySettings.Validate(settings));

    [Theory]
    [MemberData(nameof(Valid))]
    public void ValidateAcceptsGoodValues(ProxySettings settings) => Assert.Null(ProxySettings.Validate(settings));

    [Fact]
    public void PassThroughMeansNoFaultSet()
    {
        Assert.True(ProxySettings.PassThrough.IsPassThrough);
        Assert.True((ProxySettings.PassThrough with { JitterSeed = 3 }).IsPassThrough);
        Assert.All(
            new[]
            {
                ProxySettings.PassThrough with { Latency = Ms },
                ProxySettings.PassThrough with { Jitter = Ms },
                ProxySettings.PassThrough with { Blackhole = true },
                ProxySettings.PassThrough with { Reset = true },
                ProxySettings.PassThrough with { ConnectionCap = 100 },
                ProxySettings.PassThrough with { BandwidthBytesPerSecond = 1024 },
            },
            s => Assert.False(s.IsPassThrough));
    }

    [Fact]
    public void DescribeGivesOneLine()
    {
        Assert.Equal("pass-through", ProxySettings.PassThrough.Describe());
        Assert.Equal("latency 500ms ±100ms, cap 5",
            (ProxySettings.PassThrough with { Latency = 500 * Ms, Jitter = 100 * Ms, ConnectionCap = 5 }).Describe());
        Assert.Equal("latency 2s ±1.5ms (seed 9), bandwidth 64 KiB/s, blackhole, reset",
            (ProxySettings.PassThrough with
            {
                Latency = TimeSpan.FromSeconds(2), Jitter = 1.5 * Ms, JitterSeed = 9,
                BandwidthBytesPerSecond = 64 * 1024, Blackhole = true, Reset = true,
            }).Describe());
        Assert.Equal("bandwidth 1000 B/s", (ProxySettings.PassThrough with { BandwidthBytesPerSecond = 1000 }).Describe());
    }

    [Fact]
    public void JitterStaysWithinLatencyPlusOrMinusJitter()
    {
        var settings = ProxySettings.PassThrough with { Latency = 100 * Ms, Jitter = 40 * Ms };
        var random = new Random(1);
        var delays = Enumerable.Range(0, 10_000).Select(_ => ChunkShaper.NextLatency(settings, random)).ToList();

        Assert.All(delays, d => Assert.InRange(d, 60 * Ms, 140 * Ms));
        Assert.True(delays.Min() < 62 * Ms && delays.Max() > 138 * Ms, "jitter should span the whole range");
    }

    [Fact]
    public void JitterNeverMakesADelayNegative()
    {
        var settings = ProxySettings.PassThrough with { Latency = 10 * Ms, Jitter = 50 * Ms };
        var random = new Random(2);
        var delays = Enumerable.Range(0, 1_000).Select(_ => ChunkShaper.NextLatency(settings, random)).ToList();

        Assert.All(delays, d => Assert.InRange(d, TimeSpan.Zero, 60 * Ms));
        Assert.Contains(TimeSpan.Zero, delays);
    }

    [Fact]
    public void JitterIsReproducibleForAFixedSeed()
    {
        var settings = ProxySettings.PassThrough with { Latency = 100 * Ms, Jitter = 40 * Ms };
        List<TimeSpan> Run(int seed)
        {
            var random = new Random(seed);
            return Enumerable.Range(0, 50).Select(_ => ChunkShaper.NextLatency(settings, random)).ToList();
        }

        Assert.Equal(Run(7), Run(7));
        Assert.NotEqual(Run(7), Run(8));
    }

    [Fact]
    public void NoJitterMeansExactlyTheLatency()
    {
        var settings = ProxySettings.PassThrough with { Latency = 250 * Ms };
        Assert.Equal(250 * Ms, ChunkShaper.NextLatency(settings, new Random(0)));
    }
}
