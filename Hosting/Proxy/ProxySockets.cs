using System.Net;
using System.Net.Sockets;

namespace GameDay.Hosting.Proxy;

/// Socket chores of the accept path, each safe against a peer that is already gone.
internal static class ProxySockets
{
    /// The upstream connection, or null when the target is down (port 0), refuses, or does not answer in 5 s.
    public static async Task<Socket?> ConnectAsync(int target, CancellationToken stopping)
    {
        var upstream = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stopping);
            timeout.CancelAfter(TimeSpan.FromSeconds(5));
            if (target == 0)
            {
                throw new SocketException((int)SocketError.ConnectionRefused);
            }

            await upstream.ConnectAsync(new IPEndPoint(IPAddress.Loopback, target), timeout.Token);
            return upstream;
        }
        catch (Exception e) when (e is SocketException or OperationCanceledException or ObjectDisposedException)
        {
            upstream.Dispose();
            return null;
        }
    }

    public static bool TrySetNoDelay(Socket client)
    {
        try
        {
            client.NoDelay = true;
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    /// Closes with linger 0, so the client sees RST rather than an orderly end.
    public static void ResetAndClose(Socket client)
    {
        try
        {
            client.LingerState = new LingerOption(true, 0);
        }
        catch (SocketException)
        {
            // The client is already gone: closing is all that is left.
        }
        finally
        {
            client.Dispose();
        }
    }
}
