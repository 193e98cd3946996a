using Npgsql;

namespace GameDay.Chaos.Kinds.Data;

/// Opens physical connections to the trading database (`count` of them, or as many as `fill` asks) and leaves
/// them idle, the way a leaking client exhausts max_connections. A connection the server refuses ends the filling (the server is full); revert
/// closes every one still open (some may have been terminated by the responder already).
internal sealed class HoldConnectionsFault(FaultContext context, HoldConnectionsSize size) : IFault
{
    private readonly List<NpgsqlConnection> held = [];

    public async Task<string> InjectAsync(CancellationToken ct)
    {
        var builder = new NpgsqlConnectionStringBuilder(context.DatabaseConnectionString)
        {
            Pooling = false, ApplicationName = "gameday-chaos-idle", Timeout = 5,
        };
        string? refused = null;
        int? count = size.Count;
        var measured = "";
        for (var i = 0; count is null || i < count; i++)
        {
            var connection = new NpgsqlConnection(builder.ConnectionString);
            try
            {
                await connection.OpenAsync(ct);
                held.Add(connection);
            }
            catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.TooManyConnections)
            {
                await connection.DisposeAsync();
                refused = e.MessageText;
                break;
            }
            if (count is null)
            {
                // The first held session measures the database: it counts itself among the sessions.
                var (sessions, max) = await MeasureAsync(connection, ct);
                var target = (int)Math.Ceiling(size.Fill!.Value * max);
                count = Math.Max(1, target - (int)sessions + 1);
                measured = $"; the database had {sessions - 1} of {max} sessions, filled to {target}";
            }
        }
        return $"{held.Count} idle connections held (application_name gameday-chaos-idle){measured}{(refused is null ? "" : $"; the server refused more: {refused}")}";
    }

    private static async Task<(long Sessions, long Max)> MeasureAsync(NpgsqlConnection connection, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(
            "SELECT (SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()), current_setting('max_connections')::bigint", connection);
        await using var reader = await command.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        return (reader.GetInt64(0), reader.GetInt64(1));
    }

    public async Task<string> RevertAsync(CancellationToken ct)
    {
        var closed = held.Count;
        foreach (var connection in held) await connection.DisposeAsync();
        held.Clear();
        return $"{closed} held connections closed";
    }
}
