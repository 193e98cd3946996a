using Npgsql;

namespace GameDay.Chaos.Kinds.Data;

/// A session that takes a lock on a table and sits in its transaction: every writer of the table waits behind
/// it (lock waits, slow queries) until the session ends — terminated by the responder, or rolled back here.
internal sealed class LockTableFault(FaultContext context, string table, string mode) : IFault
{
    private NpgsqlConnection? connection;

    public async Task<string> InjectAsync(CancellationToken ct)
    {
        var builder = new NpgsqlConnectionStringBuilder(context.DatabaseConnectionString) { Pooling = false, ApplicationName = "gameday-chaos-lock" };
        connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync(ct);
        await using var begin = new NpgsqlCommand($"BEGIN; LOCK TABLE {table} IN {mode} MODE;", connection);
        await begin.ExecuteNonQueryAsync(ct);
        return $"session {connection.ProcessID} holds {mode} on {table} in an open transaction";
    }

    public async Task<string> RevertAsync(CancellationToken ct)
    {
        if (connection is null) return "no lock was taken";
        var pid = connection.ProcessID;
        try
        {
            await connection.DisposeAsync();
        }
        catch (Exception e) when (e is NpgsqlException or InvalidOperationException)
        {
            // Terminated by someone else already: the lock is gone either way.
        }
        connection = null;
        return $"session {pid} closed; the lock on {table} is released";
    }
}
