using System.Net.Sockets;
using System.Text;

namespace GameDay.Hosting.Health;

/// AUTH + PING over raw RESP: a multiplexer per probe would spin up background threads for one round trip.
internal sealed class RedisHealthProbe(int port, string password) : IHealthProbe
{
    public async Task<bool> CheckAsync(CancellationToken ct)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(2));
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync("127.0.0.1", port, timeout.Token);
            var stream = client.GetStream();
            await stream.WriteAsync(Encoding.UTF8.GetBytes(Command("AUTH", password) + Command("PING")), timeout.Token);
            var reply = new StringBuilder();
            var buffer = new byte[256];
            while (!reply.ToString().Contains("\r\n+PONG\r\n", StringComparison.Ordinal))
            {
                var read = await stream.ReadAsync(buffer, timeout.Token);
                if (read == 0 || reply.Length > 4096)
                {
                    return false;
                }

                reply.Append(Encoding.UTF8.GetString(buffer, 0, read));
                if (reply[0] == '-')
                {
                    return false;
                }
            }

            return reply.ToString().StartsWith("+OK\r\n", StringComparison.Ordinal);
        }
        catch (Exception e) when (e is SocketException or IOException or OperationCanceledException)
        {
            return false;
        }
    }

    internal static string Command(params string[] parts)
    {
        var sb = new StringBuilder().Append('*').Append(parts.Length).Append("\r\n");
        foreach (var part in parts)
        {
            sb.Append('$').Append(Encoding.UTF8.GetByteCount(part)).Append("\r\n").Append(part).Append("\r\n");
        }

        return sb.ToString();
    }
}
