using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace GameDay.Hosting.Tests;

/// Client-side moves for proxy tests. The 10 s guards only stop a broken test from hanging; nothing asserts on them.
internal static class ProxyWire
{
    public static readonly TimeSpan Guard = TimeSpan.FromSeconds(10);

    public static async Task<TcpClient> ConnectAsync(int port)
    {
        var client = new TcpClient { NoDelay = true };
        await client.ConnectAsync(IPAddress.Loopback, port);
        return client;
    }

    /// Sends a few bytes through an echo server and waits for them to come back; returns how long it took.
    public static async Task<TimeSpan> RoundTripAsync(TcpClient client, string text = "ping")
    {
        var stream = client.GetStream();
        var payload = System.Text.Encoding.ASCII.GetBytes(text);
        var reply = new byte[payload.Length];
        using var guard = new CancellationTokenSource(Guard);
        var started = Stopwatch.GetTimestamp();
        await stream.WriteAsync(payload, guard.Token);
        await stream.ReadExactlyAsync(reply, guard.Token);
        var elapsed = Stopwatch.GetElapsedTime(started);
        Assert.Equal(payload, reply);
        return elapsed;
    }

    /// Starts a read and checks that nothing (no byte, no EOF, no reset) arrives for a second; returns the read, still pending.
    public static async Task<Task<int>> AssertSilentAsync(TcpClient client, byte[] buffer)
    {
        var read = client.GetStream().ReadAsync(buffer).AsTask();
        var first = await Task.WhenAny(read, Task.Delay(TimeSpan.FromSeconds(1)));
        Assert.NotSame(read, first);
        return read;
    }

    /// A connection the proxy turns away: the reset may already fail the connect, or show on the first read.
    public static async Task AssertRefusedAsync(int port)
    {
        TcpClient client;
        try
        {
            client = await ConnectAsync(port);
        }
        catch (SocketException e) when (e.SocketErrorCode is SocketError.ConnectionReset or SocketError.ConnectionRefused)
        {
            return;
        }

        using (client)
        {
            await AssertClosedAsync(client);
        }
    }

    /// The connection ends: a reset (IOException) or a 0-byte read.
    public static async Task AssertClosedAsync(TcpClient client)
    {
        using var guard = new CancellationTokenSource(Guard);
        try
        {
            var read = await client.GetStream().ReadAsync(new byte[16], guard.Token);
            Assert.Equal(0, read);
        }
        catch (IOException)
        {
            // Reset by the proxy: what a refused or aborted connection looks like.
        }
    }
}
