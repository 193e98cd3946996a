using System.Net;
using System.Net.Sockets;

namespace GameDay.Hosting.Runtime;

/// Free loopback ports for target endpoints. Remembers what it handed out recently, because the kernel
/// may offer the same ephemeral port again before the first process has bound it.
internal sealed class PortAllocator
{
    private readonly Queue<int> recent = new();
    private readonly HashSet<int> recentSet = [];
    private readonly Lock gate = new();

    public int Next()
    {
        lock (gate)
        {
            for (var attempt = 0; attempt < 64; attempt++)
            {
                var port = AskKernel();
                if (recentSet.Add(port))
                {
                    recent.Enqueue(port);
                    if (recent.Count > 256)
                    {
                        recentSet.Remove(recent.Dequeue());
                    }

                    return port;
                }
            }

            throw new InvalidOperationException("no free loopback port found");
        }
    }

    private static int AskKernel()
    {
        using var listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        return ((IPEndPoint)listener.LocalEndPoint!).Port;
    }
}
