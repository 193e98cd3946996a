using System.Net.Sockets;
using System.Text;
using Npgsql;

namespace GameDay.Bench;

/// Whether a process serves yet, asked the same way whoever started it: an HTTP 200, a Redis PONG, a PostgreSQL query.
internal abstract record Readiness
{
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(1) };

    public abstract Task<bool> IsReadyAsync(CancellationToken ct);

    public sealed record HttpOk(string Url) : Readiness
    {
        public override async Task<bool> IsReadyAsync(CancellationToken ct)
        {
            try
            {
                using var response = await Http.GetAsync(Url, ct);
                return response.IsSuccessStatusCode;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !ct.IsCancellationRequested)
            {
                return false;
            }
        }
    }

    public sealed record RedisPong(int Port) : Readiness
    {
        public override async Task<bool> IsReadyAsync(CancellationToken ct)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync("127.0.0.1", Port, ct);
                var stream = client.GetStream();
                await stream.WriteAsync("PING\r\n"u8.ToArray(), ct);
                var buffer = new byte[16];
                var read = await stream.ReadAsync(buffer, ct);
                return Encoding.ASCII.GetString(buffer, 0, read).StartsWith("+PONG", StringComparison.Ordinal);
            }
            catch (Exception e) when (e is SocketException or IOException && !ct.IsCancellationRequested)
            {
                return false;
            }
        }
    }

    public sealed record PostgresQuery(string ConnectionString) : Readiness
    {
        public override async Task<bool> IsReadyAsync(CancellationToken ct)
        {
            try
            {
                await using var connection = new NpgsqlConnection(ConnectionString);
                await connection.OpenAsync(ct);
                await using var command = new NpgsqlCommand("SELECT 1", connection);
                return await command.ExecuteScalarAsync(ct) is 1;
            }
            catch (Exception e) when (e is NpgsqlException or SocketException or IOException or TimeoutException && !ct.IsCancellationRequested)
            {
                return false;
            }
        }
    }
}
