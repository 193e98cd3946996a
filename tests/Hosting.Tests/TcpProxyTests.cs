using System.Net;
using System.Net.Sockets;
using GameDay.Hosting.Proxy;

namespace GameDay.Hosting.Tests;

public sealed class TcpProxyTests : IAsyncLifetime
{
    private readonly TcpListener upstream = new(IPAddress.Loopback, 0);
    private readonly TcpProxy proxy = new("test", 0, TimeProvider.System);

    public Task InitializeAsync()
    {
        upstream.Start();
        proxy.Start();
        proxy.TargetPort = ((IPEndPoint)upstream.LocalEndpoint).Port;
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await proxy.DisposeAsync();
        upstream.Stop();
    }

    [Fact]
    public async Task BytesFlowBothWaysAndHalfCloseReachesTheOtherSide()
    {
        using var client = new TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, proxy.Port);
        using var server = await upstream.AcceptTcpClientAsync();
        var (clientStream, serverStream) = (client.GetStream(), server.GetStream());
        var payload = new byte[1_000_000];
        Random.Shared.NextBytes(payload);
        await clientStream.WriteAsync(payload);
        client.Client.Shutdown(SocketShutdown.Send);

        // The server sees the whole request then EOF, and can still answer on the half-open connection.
        var received = await ReadToEndAsync(serverStream);
        Assert.Equal(payload, received);
        await serverStream.WriteAsync("reply"u8.ToArray());
        server.Client.Shutdown(SocketShutdown.Send);
        Assert.Equal("reply"u8.ToArray(), await ReadToEndAsync(clientStream));
    }

    [Fact]
    public async Task ClientIsClosedWhenUpstreamIsUnreachable()
    {
        proxy.TargetPort = 0;
        using var client = new TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, proxy.Port);
        Assert.Empty(await ReadToEndAsync(client.GetStream()));
    }

    [Fact]
    public async Task ActiveConnectionsCanBeListedAndClosed()
    {
        using var client = new TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, proxy.Port);
        using var server = await upstream.AcceptTcpClientAsync();
        await WaitUntil(() => proxy.Connections.Count == 1);
        var connection = Assert.Single(proxy.Connections);
        Assert.True(proxy.CloseConnection(connection.Id));
        await Assert.ThrowsAnyAsync<IOException>(async () => await ReadToEndAsync(client.GetStream()));
        await WaitUntil(() => proxy.Connections.Count == 0);
    }

    [Fact]
    public async Task ConnectionsCanBeListedWhileTheyEnd()
    {
        // A connection's sockets are disposed a moment before the proxy stops listing it (CI, 787351c).
        var sockets = new List<TcpClient>();
        for (var i = 0; i < 20; i++)
        {
            var client = new TcpClient();
            sockets.Add(client);
            await client.ConnectAsync(IPAddress.Loopback, proxy.Port);
            sockets.Add(await upstream.AcceptTcpClientAsync());
        }

        try
        {

            await WaitUntil(() => proxy.Connections.Count == 20);
            using var done = new CancellationTokenSource();
            var lister = Task.Run(() =>
            {
                while (!done.IsCancellationRequested)
                {
                    _ = proxy.Connections;
                }
            });
            Assert.Equal(20, proxy.CloseAll());
            await WaitUntil(() => proxy.Connections.Count == 0);
            await done.CancelAsync();
            await lister;
        }
        finally
        {
            sockets.ForEach(s => s.Dispose());
        }
    }

    private static async Task<byte[]> ReadToEndAsync(Stream stream)
    {
        using var buffer = new MemoryStream();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await stream.CopyToAsync(buffer, timeout.Token);
        return buffer.ToArray();
    }

    private static async Task WaitUntil(Func<bool> condition)
    {
        for (var i = 0; i < 100 && !condition(); i++)
        {
            await Task.Delay(50);
        }

        Assert.True(condition());
    }
}
