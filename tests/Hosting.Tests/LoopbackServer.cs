using System.Net;
using System.Net.Sockets;

namespace GameDay.Hosting.Tests;

/// A real TCP server on 127.0.0.1 that runs a handler per connection, for proxy tests.
internal sealed class LoopbackServer : IAsyncDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource stopping = new();
    private readonly List<TcpClient> clients = [];
    private readonly Task acceptLoop;
    private int accepted;

    public LoopbackServer(Func<NetworkStream, CancellationToken, Task> handler)
    {
        listener.Start();
        acceptLoop = AcceptAsync(handler);
    }

    public int Port => ((IPEndPoint)listener.LocalEndpoint).Port;

    public int Accepted => Volatile.Read(ref accepted);

    /// Sends every byte back until the client half-closes.
    public static LoopbackServer Echo() => new(async (stream, ct) => await stream.CopyToAsync(stream, ct));

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        listener.Stop();
        lock (clients)
        {
            clients.ForEach(c => c.Dispose());
        }

        await acceptLoop;
        stopping.Dispose();
    }

    private async Task AcceptAsync(Func<NetworkStream, CancellationToken, Task> handler)
    {
        while (!stopping.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await listener.AcceptTcpClientAsync(stopping.Token);
            }
            catch (Exception e) when (e is SocketException or OperationCanceledException or ObjectDisposedException)
            {
                return;
            }

            Interlocked.Increment(ref accepted);
            lock (clients)
            {
                clients.Add(client);
            }

            _ = ServeAsync(client, handler);
        }
    }

    private async Task ServeAsync(TcpClient client, Func<NetworkStream, CancellationToken, Task> handler)
    {
        try
        {
            await handler(client.GetStream(), stopping.Token);
            client.Client.Shutdown(SocketShutdown.Send);
        }
        catch (Exception e) when (e is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
        {
            // The proxy reset the connection or the test is over.
        }
    }
}
