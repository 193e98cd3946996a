using System.Runtime.CompilerServices;
using Npgsql;

namespace GameDay.AppHost.Invariants;

internal static class Sql
{
    public static async IAsyncEnumerable<string> StringsAsync(NpgsqlDataSource db, string sql, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var command = db.CreateCommand(sql);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken)) yield return reader.GetString(0);
    }

    public static async IAsyncEnumerable<(string, long)> PairsAsync(NpgsqlDataSource db, string sql, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var command = db.CreateCommand(sql);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken)) yield return (reader.GetString(0), reader.GetInt64(1));
    }
}
