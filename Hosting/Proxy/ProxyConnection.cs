using System.Buffers;
using System.Net.Sockets;

namespace GameDay.Hosting.Proxy;

/// One client connection and its upstream: two pumps, half-close passed on, a reset on either side resets both.
/// Each chunk reads the proxy's current settings once; faults go through a ChunkShaper, pass-through does not.
/// Without an upstream (accepted during a blackhole) it only swallows the client's bytes.
internal sealed class ProxyConnection(
    long id, Socket client, Socket? upstream, int targetPort, ProxyPath path, Func<ProxySettings> settings, TimeProvider time)
{
    private readonly CancellationTokenSource aborted = new();
    private readonly DateTimeOffset openedAt = time.GetUtcNow();

    // Read once: the socket is disposed when the connection ends, a moment before the proxy stops listing it.
    private readonly string clientEndpoint = client.RemoteEndPoint?.ToString() ?? "?";
    private long toTarget;
    private long toClient;

    public long Id { get; } = id;

    public bool HasUpstream => upstream is not null;

    public ProxyPath Path { get; } = path;

    public ProxyConnectionInfo Info => new(
        Id, clientEndpoint, targetPort, openedAt, Interlocked.Read(ref toTarget), Interlocked.Read(ref toClient), Path);

    public async Task RunAsync()
    {
        try
        {
            await (upstream is null
                ? SwallowAsync()
                : Task.WhenAll(PumpAsync(client, upstream, true), PumpAsync(upstream, client, false)));
        }
        finally
        {
            client.Dispose();
            upstream?.Dispose();
            aborted.Dispose();
        }
    }

    /// Closes with RST (linger 0) so both peers see the connection fail rather than end cleanly.
    public void Abort()
    {
        try
        {
            client.LingerState = new LingerOption(true, 0);
            if (upstream is not null)
            {
                upstream.LingerState = new LingerOption(true, 0);
            }
        }
        catch (SocketException)
        {
            // A socket its peer already reset: cancelling the pumps still closes it.
        }
        catch (ObjectDisposedException)
        {
            return; // Already finished: nothing left to abort.
        }

        try
        {
            aborted.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // Finished meanwhile.
        }
    }

    private async Task PumpAsync(Socket from, Socket to, bool towardTarget)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(16 * 1024);
        ChunkShaper? shaper = null;
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

                var current = settings();
                var sent = read;
                if (ChunkShaper.Shapes(current, !towardTarget))
                {
                    shaper ??= new ChunkShaper(settings, time, !towardTarget);
                    sent = await shaper.ForwardAsync(to, buffer.AsMemory(0, read), current, aborted.Token);
                }
                else
                {
                    for (var done = 0; done < read;)
                    {
                        done += await to.SendAsync(buffer.AsMemory(done, read - done), SocketFlags.None, aborted.Token);
                    }
                }

                Interlocked.Add(ref towardTarget ? ref toTarget : ref toClient, sent);
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

    /// Reads and drops until the client leaves; once the blackhole is lifted there is nothing to forward to.
    private async Task SwallowAsync()
    {
        var buffer = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            while (await client.ReceiveAsync(buffer.AsMemory(), SocketFlags.None, aborted.Token) > 0)
            {
                if (!settings().Blackhole)
                {
                    Abort();
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
