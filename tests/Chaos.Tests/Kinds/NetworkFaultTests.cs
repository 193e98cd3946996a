using GameDay.Contracts;
using GameDay.Hosting.Proxy;

namespace GameDay.Chaos.Tests.Kinds;

/// network.* against real TcpProxy listeners: each fault sets its own fields of the proxy's settings and its
/// revert clears only those.
public sealed class NetworkFaultTests : IAsyncLifetime
{
    private const string Target = ResourceNames.Postgres;

    private readonly ChaosRig rig = new();
    private readonly TcpProxy proxy;
    private readonly TcpProxy other;

    public NetworkFaultTests()
    {
        proxy = rig.Stack.AddWithProxy(Target);
        other = rig.Stack.AddWithProxy(ResourceNames.Redis);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await rig.DisposeAsync();

    [Fact]
    public async Task LatencySetsLatencyJitterAndASeedAndRevertRestoresPassThrough()
    {
        var fault = rig.Create(Specs.Of("network.latency", Target, "latency=800ms", "jitter=100ms"));

        var detail = await fault.InjectAsync(default);
        Assert.Equal(TimeSpan.FromMilliseconds(800), proxy.Settings.Latency);
        Assert.Equal(TimeSpan.FromMilliseconds(100), proxy.Settings.Jitter);
        Assert.NotEqual(0, proxy.Settings.JitterSeed);
        Assert.Contains("latency 800ms ±100ms", detail, StringComparison.Ordinal);

        await AssertRevertsToPassThroughTwiceAsync(fault);
    }

    [Fact]
    public async Task LatencyJitterSeedFollowsTheRunSeed()
    {
        await rig.Create(Specs.Of("network.latency", Target, "latency=50ms", "jitter=10ms")).InjectAsync(default);

        Assert.Equal(proxy.Settings.JitterSeed, await JitterSeedOfARunAsync(seed: 7));
        Assert.NotEqual(proxy.Settings.JitterSeed, await JitterSeedOfARunAsync(seed: 8));
    }

    [Fact]
    public async Task TheLastRevertOnAProxyFailsTrafficBackToTheRepairedPrimaryPath()
    {
        var latency = rig.Create(Specs.Of("network.latency", Target, "latency=800ms"));
        var cap = rig.Create(Specs.Of("network.connection-cap", Target, "max=5"));
        await latency.InjectAsync(default);
        await cap.InjectAsync(default);
        proxy.UsePath(ProxyPath.Standby);

        Assert.DoesNotContain("failed back", await latency.RevertAsync(default), StringComparison.Ordinal);
        Assert.Equal(ProxyPath.Standby, proxy.Path);

        Assert.Contains("failed back to the primary path for new connections", await cap.RevertAsync(default), StringComparison.Ordinal);
        Assert.Equal(ProxyPath.Primary, proxy.Path);
    }

    [Fact]
    public async Task AFaultInjectedWhileTrafficIsOnTheStandbyPathSaysSo()
    {
        proxy.UsePath(ProxyPath.Standby);

        var detail = await rig.Create(Specs.Of("network.latency", Target, "latency=800ms")).InjectAsync(default);

        Assert.Contains("traffic is on the standby path", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ResetSetsResetAndRevertClearsIt()
    {
        var fault = rig.Create(Specs.Of("network.reset", Target));

        await fault.InjectAsync(default);
        Assert.True(proxy.Settings.Reset);

        await AssertRevertsToPassThroughTwiceAsync(fault);
    }

    [Fact]
    public async Task BlackholeSetsBlackholeAndRevertClearsIt()
    {
        var fault = rig.Create(Specs.Of("network.blackhole", Target));

        await fault.InjectAsync(default);
        Assert.True(proxy.Settings.Blackhole);

        await AssertRevertsToPassThroughTwiceAsync(fault);
    }

    [Fact]
    public async Task ConnectionCapSetsTheCapAndRevertLiftsIt()
    {
        var fault = rig.Create(Specs.Of("network.connection-cap", Target, "max=3"));

        await fault.InjectAsync(default);
        Assert.Equal(3, proxy.Settings.ConnectionCap);

        await AssertRevertsToPassThroughTwiceAsync(fault);
    }

    [Fact]
    public async Task BandwidthSetsTheRateAndRevertLiftsIt()
    {
        var fault = rig.Create(Specs.Of("network.bandwidth", Target, "bytesPerSecond=2048"));

        await fault.InjectAsync(default);
        Assert.Equal(2048, proxy.Settings.BandwidthBytesPerSecond);

        await AssertRevertsToPassThroughTwiceAsync(fault);
    }

    [Fact]
    public async Task FaultsOfDifferentKindsOnOneProxyRevertIndependently()
    {
        var latency = rig.Create(Specs.Of("network.latency", Target, "latency=800ms"));
        var blackhole = rig.Create(Specs.Of("network.blackhole", Target));
        var cap = rig.Create(Specs.Of("network.connection-cap", Target, "max=2"));
        var bandwidth = rig.Create(Specs.Of("network.bandwidth", Target, "bytesPerSecond=1024"));
        foreach (var fault in new[] { latency, blackhole, cap, bandwidth }) await fault.InjectAsync(default);

        await blackhole.RevertAsync(default);
        Assert.Equal((TimeSpan.FromMilliseconds(800), false, 2, 1024L), (proxy.Settings.Latency, proxy.Settings.Blackhole, proxy.Settings.ConnectionCap, proxy.Settings.BandwidthBytesPerSecond));

        await latency.RevertAsync(default);
        Assert.Equal((TimeSpan.Zero, false, 2, 1024L), (proxy.Settings.Latency, proxy.Settings.Blackhole, proxy.Settings.ConnectionCap, proxy.Settings.BandwidthBytesPerSecond));

        await bandwidth.RevertAsync(default);
        Assert.Equal((2, (long?)null), (proxy.Settings.ConnectionCap, proxy.Settings.BandwidthBytesPerSecond));

        await cap.RevertAsync(default);
        Assert.True(proxy.Settings.IsPassThrough);
    }

    [Fact]
    public async Task RevertLeavesAloneWhatSomeoneElseSetOnTheProxyAfterTheInject()
    {
        var fault = rig.Create(Specs.Of("network.latency", Target, "latency=800ms"));
        await fault.InjectAsync(default);

        proxy.Settings = proxy.Settings with { ConnectionCap = 5 };
        await fault.RevertAsync(default);

        Assert.Equal(TimeSpan.Zero, proxy.Settings.Latency);
        Assert.Equal(5, proxy.Settings.ConnectionCap);
    }

    [Fact]
    public async Task RevertAfterSomeoneElseClearedTheProxyKeepsItPassThrough()
    {
        var fault = rig.Create(Specs.Of("network.blackhole", Target));
        await fault.InjectAsync(default);

        proxy.Settings = ProxySettings.PassThrough;

        Assert.Equal("postgres proxy: pass-through", await fault.RevertAsync(default));
        Assert.True(proxy.Settings.IsPassThrough);
    }

    [Fact]
    public async Task AFaultChangesOnlyItsTargetsProxy()
    {
        var fault = rig.Create(Specs.Of("network.reset", Target));

        await fault.InjectAsync(default);

        Assert.True(proxy.Settings.Reset);
        Assert.True(other.Settings.IsPassThrough);
    }

    private static async Task<int> JitterSeedOfARunAsync(int seed)
    {
        await using var run = new ChaosRig(seed);
        var itsProxy = run.Stack.AddWithProxy(Target);
        await run.Create(Specs.Of("network.latency", Target, "latency=50ms", "jitter=10ms")).InjectAsync(default);
        return itsProxy.Settings.JitterSeed;
    }

    private async Task AssertRevertsToPassThroughTwiceAsync(IFault fault)
    {
        Assert.Equal("postgres proxy: pass-through", await fault.RevertAsync(default));
        Assert.True(proxy.Settings.IsPassThrough);
        Assert.Equal("postgres proxy: pass-through", await fault.RevertAsync(default));
        Assert.True(proxy.Settings.IsPassThrough);
        Assert.True(other.Settings.IsPassThrough);
    }
}
