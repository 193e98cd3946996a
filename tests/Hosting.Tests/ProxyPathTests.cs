using GameDay.Hosting.Proxy;

namespace GameDay.Hosting.Tests;

/// The standby network path: faults stay on the primary path; a route change moves traffic and resets the live
/// connections of the path left so they reconnect; a repair sends only new connections back to the primary.
public sealed class ProxyPathTests : IAsyncLifetime
{
    private static readonly TimeSpan Latency = TimeSpan.FromMilliseconds(200);

    private readonly LoopbackServer echo = LoopbackServer.Echo();
    private readonly RecordingTimeProvider time = new();
    private readonly TcpProxy proxy;

    public ProxyPathTests() => proxy = new TcpProxy("test", 0, time);

    public Task InitializeAsync()
    {
        proxy.Start();
        proxy.TargetPort = echo.Port;
        proxy.Settings = ProxySettings.PassThrough with { Latency = Latency };
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await proxy.DisposeAsync();
        await echo.DisposeAsync();
    }

    [Fact]
    public async Task FailoverResetsThePrimaryConnectionsAndNewOnesSkipTheFault()
    {
        using var onPrimary = await ProxyWire.ConnectAsync(proxy.Port);
        await ProxyWire.RoundTripAsync(onPrimary);
        Assert.Single(time.Delays);

        Assert.Equal(1, proxy.UsePath(ProxyPath.Standby));
        await ProxyWire.AssertClosedAsync(onPrimary);

        using var onStandby = await ProxyWire.ConnectAsync(proxy.Port);
        for (var i = 0; i < 3; i++)
        {
            await ProxyWire.RoundTripAsync(onStandby);
        }

        Assert.Single(time.Delays);
        Assert.Single(proxy.Connections, c => c.Path == ProxyPath.Standby);
        // The fault is still there, on the path nobody uses.
        Assert.Equal(Latency, proxy.Settings.Latency);
    }

    [Fact]
    public async Task ARepairSendsNewConnectionsToThePrimaryAndLeavesTheCleanOnesAlone()
    {
        proxy.UsePath(ProxyPath.Standby);
        using var onStandby = await ProxyWire.ConnectAsync(proxy.Port);
        await ProxyWire.RoundTripAsync(onStandby);

        Assert.Equal(0, proxy.UsePath(ProxyPath.Primary, moveLive: false));
        using var onPrimary = await ProxyWire.ConnectAsync(proxy.Port);
        await ProxyWire.RoundTripAsync(onPrimary);
        await ProxyWire.RoundTripAsync(onStandby);

        Assert.Equal([Latency], time.Delays);
        Assert.Single(proxy.Connections, c => c.Path == ProxyPath.Primary);
        Assert.Single(proxy.Connections, c => c.Path == ProxyPath.Standby);
    }

    [Fact]
    public async Task AnOperatorsFailbackMovesTheLiveStandbyConnectionsToo()
    {
        proxy.UsePath(ProxyPath.Standby);
        using var onStandby = await ProxyWire.ConnectAsync(proxy.Port);
        await ProxyWire.RoundTripAsync(onStandby);

        Assert.Equal(1, proxy.UsePath(ProxyPath.Primary));
        await ProxyWire.AssertClosedAsync(onStandby);
    }

    [Fact]
    public async Task ChoosingThePathInUseResetsNothing()
    {
        using var client = await ProxyWire.ConnectAsync(proxy.Port);
        await ProxyWire.RoundTripAsync(client);

        Assert.Equal(0, proxy.UsePath(ProxyPath.Primary));
        await ProxyWire.RoundTripAsync(client);
        Assert.Equal(2, time.Delays.Count);
    }

    [Fact]
    public async Task AResetFaultOnThePrimaryPathLeavesStandbyConnectionsAlone()
    {
        proxy.UsePath(ProxyPath.Standby);
        using var onStandby = await ProxyWire.ConnectAsync(proxy.Port);
        await ProxyWire.RoundTripAsync(onStandby);

        proxy.Settings = proxy.Settings with { Reset = true };
        await ProxyWire.RoundTripAsync(onStandby);
        using var another = await ProxyWire.ConnectAsync(proxy.Port);
        await ProxyWire.RoundTripAsync(another);
    }
}
