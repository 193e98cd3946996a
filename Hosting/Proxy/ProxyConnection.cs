using System.Buffers;
using System.Net.Sockets;

namespace GameDay.Hosting.Proxy;

/// One client connection and its upstream: two pumps, half-close passed on, a reset on either side resets both.
internal sealed class ProxyConnection(long id, Socket client, Socket upstream, int targetPort, DateTimeOffset openedAt)
{
    private readonly CancellationTokenSource aborted = new();
    private long toTarget;
    private long toClient;

    public long Id { get; } = id;

    public ProxyConnectionInfo Info => new(
        Id, client.RemoteEndPoint?.ToString() ?? "?", targetPort, openedAt, Interlocked.Read(ref toTarget), Interlocked.Read(ref toClient));

    public async Task RunAsync()
    {
        try
        {
            await Task.WhenAll(PumpAsync(client, upstream, true), PumpAsync(upstream, client, false));
        }
        finally
        {
            client.Dispose();
            upstream.Dispose();
            aborted.Dispose();
        }
    }

    /// Closes with RST (linger 0) so both peers see the connection fail rather than end cleanly.
    public void Abort()
    {
        try
        {
            client.LingerState = new LingerOption(true, 0);
            upstream.LingerState = new LingerOption(true, 0);
            aborted.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // Already finished: nothing left to abort.
        }
    }

    private async Task PumpAsync(Socket from, Socket to, bool towardTarget)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            while (true)
            {
                var read = await from.ReceiveAsync(buffer.AsMemory(), SocketFlags.None, aborted.Token);
                if (read == 0)
                {
                    // Half-close: the peer finished sending; the other direction may still carry a reply.
                    to.Shutdown(SocketShutdown.Send);
                    return;
                }

                for (var sent = 0; sent < read;)
                {
                    sent += await to.SendAsync(buffer.AsMemory(sent, read - sent), SocketFlags.None, aborted.Token);
                }

                if (towardTarget)
                {
                    Interlocked.Add(ref toTarget, read);
                }
                else
                {
                    Interlocked.Add(ref toClient, read);
                }
            }
        }
        catch (Exception e) when (e is SocketException or OperationCanceledException or ObjectDisposedException)
        {
            Abort();
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
