using Npgsql;

namespace GameDay.Hosting.Health;

/// Opens a real connection and runs SELECT 1; a listening socket alone says nothing about recovery being done.
/// A server that refuses the session with "too many clients" (53300) is up and answering, as pg_isready
/// judges it: a full server is the connection-pool runbook's problem, and calling it down would send the
/// room (and the responder) to restart PostgreSQL instead.
internal sealed class PostgresHealthProbe(int port, string user, string password, string database) : IHealthProbe
{
    public async Task<bool> CheckAsync(CancellationToken ct)
    {
        try
        {
            await using var connection = new NpgsqlConnection(ConnectionString(port, user, password, database));
            await connection.OpenAsync(ct);
            await using var command = new NpgsqlCommand("SELECT 1", connection);
            return await command.ExecuteScalarAsync(ct) is 1;
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.TooManyConnections)
        {
            return true;
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException or InvalidOperationException or IOException)
        {
            return false;
        }
    }

    /// No pooling: a pooled probe connection would sit in the server across restarts and fast shutdowns.
    public static string ConnectionString(int port, string user, string password, string database) =>
        new NpgsqlConnectionStringBuilder
        {
            Host = "127.0.0.1",
            Port = port,
            Username = user,
            Password = password,
            Database = database,
            Pooling = false,
            Timeout = 3,
        }.ConnectionString;
}
