using Npgsql;

namespace GameDay.Hosting.Health;

/// Creates the database on first sight, so the database resource turns Healthy only once it exists.
internal sealed class DatabaseHealthProbe(int port, string user, string password, string database) : IHealthProbe
{
    private readonly PostgresHealthProbe target = new(port, user, password, database);

    public async Task<bool> CheckAsync(CancellationToken ct)
    {
        if (await target.CheckAsync(ct))
        {
            return true;
        }

        try
        {
            await using var connection = new NpgsqlConnection(PostgresHealthProbe.ConnectionString(port, user, password, "postgres"));
            await connection.OpenAsync(ct);
            await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", connection);
            exists.Parameters.AddWithValue("name", database);
            if (await exists.ExecuteScalarAsync(ct) is null)
            {
                // Identifiers cannot be parameters; the name comes from the topology, and quoting guards it anyway.
                await using var create = new NpgsqlCommand($"CREATE DATABASE \"{database.Replace("\"", "\"\"", StringComparison.Ordinal)}\"", connection);
                await create.ExecuteNonQueryAsync(ct);
            }
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException or InvalidOperationException or IOException)
        {
            return false;
        }

        return await target.CheckAsync(ct);
    }
}
