using System.Net;
using System.Net.Sockets;

namespace GameDay.Chaos.Tests.Fakes;

/// A target that is down in the worst way: it accepts each connection and closes it at once, so every HTTP
/// request to it fails. It counts the connections, which is how a test sees that a client kept trying.
internal sealed class HangUpServer : IAsyncDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource stopping = new();
    private readonly Task acceptLoop;
    private int accepted;

    public HangUpServer()
    {
        listener.Start();
        acceptLoop = AcceptAsync();
    }

    public string Url => $"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}";

    public int Accepted => Volatile.Read(ref accepted);

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        listener.Stop();
        await acceptLoop;
        stopping.Dispose();
    }

    private async Task AcceptAsync()
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
            try
            {
                // Close with RST rather than FIN: the client sees a reset, not a clean end.
                client.Client.LingerState = new LingerOption(true, 0);
            }
            catch (SocketException)
            {
                // The client is gone already: it has its failure either way.
            }

            client.Dispose();
        }
    }
}
