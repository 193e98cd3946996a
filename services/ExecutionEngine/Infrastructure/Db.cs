using Npgsql;

namespace GameDay.ExecutionEngine.Infrastructure;

/// Small helpers that keep the SQL call sites short; every value goes in as a `$n` parameter.
public static class Db
{
    public static NpgsqlCommand Command(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, params object?[] args)
    {
        var command = new NpgsqlCommand(sql, connection, transaction);
        foreach (var arg in args) command.Parameters.Add(new NpgsqlParameter { Value = arg ?? DBNull.Value });
        return command;
    }

    public static async Task<T> InTransactionAsync<T>(NpgsqlDataSource dataSource,
        Func<NpgsqlConnection, NpgsqlTransaction, Task<T>> work, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        // READ COMMITTED whatever the server's default: each statement sees what committed before it (TradingStateFence).
        await using var transaction = await connection.BeginTransactionAsync(System.Data.IsolationLevel.ReadCommitted, cancellationToken);
        var result = await work(connection, transaction);
        await transaction.CommitAsync(cancellationToken);
        return result;
    }

    public static async Task<List<T>> ListAsync<T>(NpgsqlDataSource dataSource, Func<NpgsqlDataReader, T> map,
        CancellationToken cancellationToken, string sql, params object?[] args)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var command = Command(connection, null, sql, args);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<T>();
        while (await reader.ReadAsync(cancellationToken)) rows.Add(map(reader));
        return rows;
    }

    public static T? Nullable<T>(this NpgsqlDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? default : reader.GetFieldValue<T>(ordinal);
}
