using System.Reflection;
using GameDay.ServiceDefaults.Workers;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace GameDay.Messaging;

/// Applies the messaging schema and the service's own (idempotent `IF NOT EXISTS` scripts) under
/// an advisory lock, because services start concurrently against one database. Retries until
/// PostgreSQL answers, so a service started during a database outage recovers by itself.
public sealed class SchemaMigrator(
    NpgsqlDataSource dataSource, IEnumerable<SchemaScript> scripts, SchemaReady ready, TimeProvider time,
    ILogger<SchemaMigrator> logger) : BackgroundService
{
    private const long LockKey = 0x6761_6D65_6461_79; // "gameday"

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Services start as soon as the database answers its health check: retry briskly, startup time counts.
        var loop = new WorkerLoop("schema-migrator", time, logger, new WorkerBackoff(TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(2)));
        if (await loop.RunUntilDoneAsync(async ct => { await ApplyAsync(ct); return true; }, TimeSpan.Zero, stoppingToken))
        {
            ready.MarkReady();
        }
    }

    private async Task ApplyAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var lockCommand = new NpgsqlCommand($"SELECT pg_advisory_xact_lock({LockKey})", connection, transaction))
        {
            await lockCommand.ExecuteNonQueryAsync(cancellationToken);
        }
        foreach (var script in scripts.Prepend(SchemaScript.FromResource(typeof(SchemaMigrator).Assembly, "GameDay.Messaging.Schema.sql")))
        {
            await using var command = new NpgsqlCommand(script.Sql, connection, transaction);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
    }

}

/// One SQL script of a service's schema, usually an embedded resource.
public sealed record SchemaScript(string Name, string Sql)
{
    public static SchemaScript FromResource(Assembly assembly, string resourceName)
    {
        using var stream = assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"Embedded schema {resourceName} not found in {assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return new SchemaScript(resourceName, reader.ReadToEnd());
    }
}
