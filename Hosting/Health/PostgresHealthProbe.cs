using Npgsql;

namespace GameDay.Hosting.Health;

/// Opens a real connection and runs SELECT 1; a listening socket alone says nothing about recovery being done.
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
