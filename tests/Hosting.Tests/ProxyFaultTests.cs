using GameDay.Hosting.Proxy;

namespace GameDay.Hosting.Tests;

/// Network faults through a real proxy in front of a real loopback echo server.
public sealed class ProxyFaultTests : IAsyncLifetime
{
    /// .NET's timers run on the kernel's coarse monotonic clock, which moves in jiffies (4 ms at HZ=250, 10 ms at HZ=100):
    /// a delay of d may end up to two jiffies early on the stopwatch (CI on 8f2f99d saw 300 ms end in under 295 ms).
    private static readonly TimeSpan TimerGranularity = TimeSpan.FromMilliseconds(20);

    private readonly LoopbackServer echo = LoopbackServer.Echo();
    private readonly RecordingTimeProvider time = new();
    private readonly TcpProxy proxy;

    public ProxyFaultTests() => proxy = new TcpProxy("test", 0, time);

    public Task InitializeAsync()
    {
        proxy.Start();
        proxy.TargetPort = echo.Port;
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await proxy.DisposeAsync();
        await echo.DisposeAsync();
    }

    [Fact]
    public async Task LatencyDelaysEachResponseAndLiftingItRestoresTheLiveConnection()
    {
        using var client = await ProxyWire.ConnectAsync(proxy.Port);
        await ProxyWire.RoundTripAsync(client);
        var latency = TimeSpan.FromMilliseconds(300);

        proxy.Settings = ProxySettings.PassThrough with { Latency = latency };
        for (var i = 0; i < 3; i++)
        {
            Assert.True(await ProxyWire.RoundTripAsync(client) >= latency - TimerGranularity);
        }

        // One delay per response and none on the request: a round trip costs one latency, not two.
        Assert.Equal([latency, latency, latency], time.Delays);

        proxy.Settings = ProxySettings.PassThrough;
        for (var i = 0; i < 3; i++)
        {
            await ProxyWire.RoundTripAsync(client);
        }

        Assert.Equal(3, time.Delays.Count);
    }

    [Fact]
    public async Task JitteredDelaysFollowTheSeedOnALiveConnection()
    {
        var settings = ProxySettings.PassThrough with
        {
            Latency = TimeSpan.FromMilliseconds(20), Jitter = TimeSpan.FromMilliseconds(15), JitterSeed = 42,
        };
        using var client = await ProxyWire.ConnectAsync(proxy.Port);
        proxy.Settings = settings;
        for (var i = 0; i < 5; i++)
        {
            await ProxyWire.RoundTripAsync(client);
        }

        var random = new Random(42);
        var expected = Enumerable.Range(0, 5).Select(_ => ChunkShaper.NextLatency(settings, random)).ToList();
        Assert.Equal(expected, time.Delays);
        Assert.True(expected.Distinct().Count() > 1);
    }

    [Fact]
    public async Task BlackholeSwallowsBytesWhileConnectionsStayOpen()
    {
        using var live = await ProxyWire.ConnectAsync(proxy.Port);
        await ProxyWire.RoundTripAsync(live);
        var sentBefore = Assert.Single(proxy.Connections).BytesToTarget;

        proxy.Settings = ProxySettings.PassThrough with { Blackhole = true };
        await live.GetStream().WriteAsync("lost"u8.ToArray());
        var buffer = new byte[16];
        var pending = await ProxyWire.AssertSilentAsync(live, buffer);
        Assert.Equal(sentBefore, Assert.Single(proxy.Connections).BytesToTarget);

        // A new connection is accepted too, and swallowed without reaching the target.
        using var late = await ProxyWire.ConnectAsync(proxy.Port);
        await late.GetStream().WriteAsync("hello"u8.ToArray());
        var latePending = await ProxyWire.AssertSilentAsync(late, new byte[16]);
        Assert.Equal(1, echo.Accepted);

        // Lifted: the live connection carries bytes again (the dropped ones stay lost); the swallowed one, with no
        // upstream behind it, is reset; new connections work.
        proxy.Settings = ProxySettings.PassThrough;
        await live.GetStream().WriteAsync("back"u8.ToArray());
        Assert.Equal(4, await pending.WaitAsync(ProxyWire.Guard));
        Assert.Equal("back"u8.ToArray(), buffer[..4]);
        await Assert.ThrowsAnyAsync<IOException>(() => latePending.WaitAsync(ProxyWire.Guard));
        using var fresh = await ProxyWire.ConnectAsync(proxy.Port);
        await ProxyWire.RoundTripAsync(fresh);
    }

    [Fact]
    public async Task BlackholeHoldsNewConnectionsOpenEvenWhenTheTargetIsDown()
    {
        proxy.TargetPort = 0;
        proxy.Settings = ProxySettings.PassThrough with { Blackhole = true };
        using var client = await ProxyWire.ConnectAsync(proxy.Port);
        await client.GetStream().WriteAsync("hello"u8.ToArray());
        await ProxyWire.AssertSilentAsync(client, new byte[16]);
        Assert.Single(proxy.Connections);
    }

    [Fact]
    public async Task ResetAbortsLiveConnectionsAndRefusesNewOnesUntilLifted()
    {
        using var live = await ProxyWire.ConnectAsync(proxy.Port);
        await ProxyWire.RoundTripAsync(live);

        proxy.Settings = ProxySettings.PassThrough with { Reset = true };
        await ProxyWire.AssertClosedAsync(live);
        await ProxyWire.AssertRefusedAsync(proxy.Port);
        Assert.Equal(1, echo.Accepted);

        proxy.Settings = ProxySettings.PassThrough;
        using var fresh = await ProxyWire.ConnectAsync(proxy.Port);
        await ProxyWire.RoundTripAsync(fresh);
    }

    [Fact]
    public async Task ConnectionCapAdmitsNAndResetsTheNextWithoutClosingExistingOnesWhenLowered()
    {
        proxy.Settings = ProxySettings.PassThrough with { ConnectionCap = 2 };
        using var first = await ProxyWire.ConnectAsync(proxy.Port);
        await ProxyWire.RoundTripAsync(first);
        using var second = await ProxyWire.ConnectAsync(proxy.Port);
        await ProxyWire.RoundTripAsync(second);
        await ProxyWire.AssertRefusedAsync(proxy.Port);
        Assert.Equal(2, echo.Accepted);

        proxy.Settings = proxy.Settings with { ConnectionCap = 1 };
        await ProxyWire.RoundTripAsync(first);
        await ProxyWire.RoundTripAsync(second);

        proxy.Settings = ProxySettings.PassThrough;
        using var fourth = await ProxyWire.ConnectAsync(proxy.Port);
        await ProxyWire.RoundTripAsync(fourth);
    }

    [Fact]
    public void InvalidSettingsAreRefusedAndTheCurrentOnesKept()
    {
        var current = ProxySettings.PassThrough with { Latency = TimeSpan.FromMilliseconds(100) };
        proxy.Settings = current;
        Assert.Throws<ArgumentException>(() => proxy.Settings = ProxySettings.PassThrough with { ConnectionCap = -1 });
        Assert.Throws<ArgumentException>(() => proxy.Settings = ProxySettings.PassThrough with { BandwidthBytesPerSecond = 0 });
        Assert.Same(current, proxy.Settings);
    }
}
