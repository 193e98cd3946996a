using GameDay.Contracts;
using GameDay.Orchestrator.Model;
using Microsoft.Extensions.Options;
using Npgsql;

namespace GameDay.Orchestrator.Infrastructure;

/// Samples pg_stat_activity and pg_stat_user_tables of the trading database. It has its own one-connection pool, kept
/// open between samples: the service's pool may be the thing that is exhausted, and a session
/// already open still works when the server refuses new ones at max_connections.
public sealed class PostgresProbe : IInfraProbe<PostgresSample>, IAsyncDisposable
{
    public const string PoolName = "orchestrator-infra-sampler";

    private const string Sql =
        """
        SELECT state, count(*) FROM pg_stat_activity WHERE datname = current_database() GROUP BY state;
        SHOW max_connections;
        SELECT count(*) FILTER (WHERE wait_event_type = 'Lock'),
               coalesce(extract(epoch FROM max(clock_timestamp() - query_start)
                   FILTER (WHERE state = 'active' AND backend_type = 'client backend' AND pid <> pg_backend_pid())), 0)::float8
        FROM pg_stat_activity WHERE datname = current_database();
        SELECT relname, seq_tup_read FROM pg_stat_user_tables WHERE schemaname = 'public';
        """;

    private readonly NpgsqlDataSource _dataSource;

    public PostgresProbe(IConfiguration configuration, IOptions<InfraSamplerOptions> options)
    {
        var timeout = Seconds(options.Value.Timeout);
        var builder = new NpgsqlDataSourceBuilder(configuration.GetConnectionString(ResourceNames.TradingDb)) { Name = PoolName };
        builder.ConnectionStringBuilder.ApplicationName = PoolName;
        builder.ConnectionStringBuilder.MaxPoolSize = 1;
        builder.ConnectionStringBuilder.MinPoolSize = 1;
        builder.ConnectionStringBuilder.Timeout = timeout;
        builder.ConnectionStringBuilder.CommandTimeout = timeout;
        _dataSource = builder.Build();
    }

    public async Task<PostgresSample> SampleAsync(CancellationToken cancellationToken)
    {
        await using var command = _dataSource.CreateCommand(Sql);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<(string?, long)>();
        while (await reader.ReadAsync(cancellationToken)) rows.Add((reader.IsDBNull(0) ? null : reader.GetString(0), reader.GetInt64(1)));
        await reader.NextResultAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        var maxConnections = long.Parse(reader.GetString(0), System.Globalization.CultureInfo.InvariantCulture);
        await reader.NextResultAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        var (lockWaits, longest) = (reader.GetInt64(0), reader.GetDouble(1));
        await reader.NextResultAsync(cancellationToken);
        var tables = new List<TableScans>();
        while (await reader.ReadAsync(cancellationToken)) tables.Add(new TableScans(reader.GetString(0), reader.GetInt64(1)));
        return new PostgresSample(PostgresActivity.ByState(rows), maxConnections, lockWaits, longest, tables);
    }

    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();

    private static int Seconds(TimeSpan timeout) => Math.Max(1, (int)Math.Ceiling(timeout.TotalSeconds));
}
