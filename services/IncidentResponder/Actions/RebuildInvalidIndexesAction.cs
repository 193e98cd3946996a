using GameDay.Contracts;
using Npgsql;

namespace GameDay.IncidentResponder.Actions;

/// `postgres.rebuild-invalid-indexes`: PostgreSQL's documented recovery from a failed concurrent build, for each
/// invalid index of the public schema: its definition kept, DROP INDEX CONCURRENTLY, CREATE INDEX CONCURRENTLY
/// with that definition, then ANALYZE of its table. Writers are not blocked at any point.
public sealed class RebuildInvalidIndexesAction([FromKeyedServices(ResourceNames.TradingDb)] NpgsqlDataSource dataSource) : PostgresAction(dataSource)
{
    private const string CreateIndex = "CREATE INDEX ";
    private const string CreateUniqueIndex = "CREATE UNIQUE INDEX ";

    public override string Name => "postgres.rebuild-invalid-indexes";

    public override async Task<ActionOutcome> ExecuteAsync(ActionContext context, CancellationToken cancellationToken)
    {
        var invalid = await OnceMoreIfBrokenAsync(() => InvalidAsync(cancellationToken), cancellationToken);
        if (invalid.Count == 0) return ActionOutcome.Ok("no invalid index to rebuild.");
        foreach (var (index, table, definition) in invalid)
        {
            await RunAsync($"DROP INDEX CONCURRENTLY IF EXISTS {index}", cancellationToken);
            await RunAsync(Concurrently(definition), cancellationToken);
            await RunAsync($"ANALYZE {table}", cancellationToken);
        }

        return ActionOutcome.Ok($"rebuilt {string.Join(", ", invalid.Select(i => $"{i.Index} on {i.Table}"))} concurrently and analyzed.");
    }

    private async Task<List<(string Index, string Table, string Definition)>> InvalidAsync(CancellationToken cancellationToken)
    {
        var invalid = new List<(string Index, string Table, string Definition)>();
        await using var list = DataSource.CreateCommand(
            "SELECT quote_ident(c.relname), quote_ident(t.relname), pg_get_indexdef(i.indexrelid) FROM pg_index i " +
            "JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_class t ON t.oid = i.indrelid JOIN pg_namespace n ON n.oid = c.relnamespace " +
            "WHERE NOT i.indisvalid AND n.nspname = 'public' ORDER BY 1");
        await using var reader = await list.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken)) invalid.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2)));
        return invalid;
    }

    /// pg_get_indexdef's "CREATE [UNIQUE] INDEX name ON ..." made concurrent.
    public static string Concurrently(string definition) =>
        definition.StartsWith(CreateUniqueIndex, StringComparison.Ordinal) ? CreateUniqueIndex + "CONCURRENTLY " + definition[CreateUniqueIndex.Length..]
        : definition.StartsWith(CreateIndex, StringComparison.Ordinal) ? CreateIndex + "CONCURRENTLY " + definition[CreateIndex.Length..]
        : throw new ArgumentException($"not an index definition: {definition}", nameof(definition));

    private async Task RunAsync(string sql, CancellationToken cancellationToken)
    {
        await using var command = DataSource.CreateCommand(sql);
        command.CommandTimeout = 120;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
