using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace GameDay.Infrastructure.Proxies;

/// Loopback ports that stay an endpoint's for the whole run, drawn below the kernel's ephemeral range
/// (net.ipv4.ip_local_port_range): a port of that range can be taken by any outgoing connection, the stack's own
/// included, while the process that listens on it restarts.
internal sealed class StablePorts
{
    private const int Span = 12_000;
    private readonly HashSet<int> handedOut = [];
    private readonly Lock gate = new();
    private readonly int high = EphemeralLow();

    public int Next()
    {
        lock (gate)
        {
            for (var attempt = 0; attempt < 256; attempt++)
            {
                var port = Random.Shared.Next(high - Span, high);
                if (!handedOut.Contains(port) && IsFree(port))
                {
                    handedOut.Add(port);
                    return port;
                }
            }
            throw new InvalidOperationException($"no free loopback port between {high - Span} and {high}.");
        }
    }

    private static bool IsFree(int port)
    {
        try
        {
            using var probe = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            probe.Bind(new IPEndPoint(IPAddress.Loopback, port));
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    /// The ephemeral range's first port (32768 when it cannot be read).
    private static int EphemeralLow()
    {
        try
        {
            var range = File.ReadAllText("/proc/sys/net/ipv4/ip_local_port_range").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            return Math.Max(int.Parse(range[0], CultureInfo.InvariantCulture), Span + 1024);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException)
        {
            return 32768;
        }
    }
}
