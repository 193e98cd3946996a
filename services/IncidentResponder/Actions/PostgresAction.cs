using GameDay.Contracts;
using System.Text;
using Npgsql;

namespace GameDay.IncidentResponder.Actions;

/// Base of the PostgreSQL actions: they run on the responder's own data source and report rows as text.
public abstract class PostgresAction([FromKeyedServices(ResourceNames.TradingDb)] NpgsqlDataSource dataSource) : IIncidentAction
{
    public abstract string Name { get; }

    protected NpgsqlDataSource DataSource => dataSource;

    public abstract Task<ActionOutcome> ExecuteAsync(ActionContext context, CancellationToken cancellationToken);

    protected Task<(int Rows, string Text)> QueryAsync(string sql, CancellationToken cancellationToken, params object[] args) =>
        OnceMoreIfBrokenAsync(() => ReadAllAsync(sql, cancellationToken, args), cancellationToken);

    /// A pooled connection the network dropped since its last use (a proxy reset, a failover, a PostgreSQL restart)
    /// fails the first command sent on it; Npgsql then discards it. One more try takes a fresh connection. Errors
    /// PostgreSQL itself reports are not retried.
    protected static async Task<T> OnceMoreIfBrokenAsync<T>(Func<Task<T>> run, CancellationToken cancellationToken)
    {
        try
        {
            return await run();
        }
        catch (NpgsqlException e) when (e is not PostgresException && !cancellationToken.IsCancellationRequested)
        {
            return await run();
        }
    }

    private async Task<(int Rows, string Text)> ReadAllAsync(string sql, CancellationToken cancellationToken, object[] args)
    {
        await using var command = dataSource.CreateCommand(sql);
        foreach (var arg in args) command.Parameters.Add(new NpgsqlParameter { Value = arg });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var text = new StringBuilder();
        var rows = 0;
        while (await reader.ReadAsync(cancellationToken))
        {
            rows++;
            var fields = Enumerable.Range(0, reader.FieldCount)
                .Select(i => $"{reader.GetName(i)}={(reader.IsDBNull(i) ? "null" : reader.GetValue(i))}");
            text.AppendLine(string.Join(' ', fields));
        }
        return (rows, HttpActionClients.Trim(text.ToString()));
    }
}
