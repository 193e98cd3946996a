using System.Diagnostics;
using GameDay.Hosting.Proxy;

namespace GameDay.Hosting.Tests;

/// 256 KiB at 64 KiB/s takes about 4 s in either direction; only a loose lower bound is asserted.
public sealed class ProxyBandwidthTests
{
    private const int Size = 256 * 1024;
    private static readonly ProxySettings Throttled = ProxySettings.PassThrough with { BandwidthBytesPerSecond = 64 * 1024 };
    private static readonly TimeSpan AtLeast = TimeSpan.FromSeconds(3);
    private static readonly TimeSpan TransferGuard = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task BandwidthThrottlesTheResponseDirection()
    {
        await using var server = new LoopbackServer(async (stream, ct) => await stream.WriteAsync(new byte[Size], ct));
        await using var proxy = Start(server);
        using var client = await ProxyWire.ConnectAsync(proxy.Port);
        using var received = new MemoryStream();

        var started = Stopwatch.GetTimestamp();
        await client.GetStream().CopyToAsync(received).WaitAsync(TransferGuard);

        Assert.True(Stopwatch.GetElapsedTime(started) >= AtLeast, $"took {Stopwatch.GetElapsedTime(started)}");
        Assert.Equal(Size, received.Length);
    }

    [Fact]
    public async Task BandwidthThrottlesTheRequestDirection()
    {
        await using var server = new LoopbackServer(async (stream, ct) =>
        {
            using var sink = new MemoryStream();
            await stream.CopyToAsync(sink, ct);
            await stream.WriteAsync(BitConverter.GetBytes(sink.Length), ct);
        });
        await using var proxy = Start(server);
        using var client = await ProxyWire.ConnectAsync(proxy.Port);
        var (stream, reply) = (client.GetStream(), new byte[sizeof(long)]);

        var started = Stopwatch.GetTimestamp();
        await stream.WriteAsync(new byte[Size]).AsTask().WaitAsync(TransferGuard);
        client.Client.Shutdown(System.Net.Sockets.SocketShutdown.Send);
        await stream.ReadExactlyAsync(reply).AsTask().WaitAsync(TransferGuard);

        Assert.True(Stopwatch.GetElapsedTime(started) >= AtLeast, $"took {Stopwatch.GetElapsedTime(started)}");
        Assert.Equal(Size, BitConverter.ToInt64(reply));
    }

    private static TcpProxy Start(LoopbackServer server)
    {
        var proxy = new TcpProxy("test", 0, TimeProvider.System) { Settings = Throttled };
        proxy.Start();
        proxy.TargetPort = server.Port;
        return proxy;
    }
}
