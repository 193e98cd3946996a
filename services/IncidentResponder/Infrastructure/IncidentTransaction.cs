using GameDay.IncidentResponder.Automation;
using Npgsql;
using NpgsqlTypes;

namespace GameDay.IncidentResponder.Infrastructure;

/// One serialised unit of incident work: a transaction holding the responder's advisory lock, so
/// that concurrent webhooks, operator calls and the lifecycle loop never race on grouping or state.
/// Changes collected here go to the automation hook after commit.
public sealed class IncidentTransaction : IAsyncDisposable
{
    private const long LockKey = 0x696E_6369_6465_6E; // "inciden"

    private readonly NpgsqlConnection _connection;
    private readonly NpgsqlTransaction _transaction;

    private IncidentTransaction(NpgsqlConnection connection, NpgsqlTransaction transaction)
    {
        _connection = connection;
        _transaction = transaction;
    }

    public List<IncidentChange> Changes { get; } = [];

    /// `exclusive: false` for reads, which need no lock.
    public static async Task<IncidentTransaction> BeginAsync(NpgsqlDataSource dataSource, CancellationToken cancellationToken, bool exclusive = true)
    {
        var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        try
        {
            var transaction = await connection.BeginTransactionAsync(cancellationToken);
            var unit = new IncidentTransaction(connection, transaction);
            if (exclusive) await unit.ExecuteAsync($"SELECT pg_advisory_xact_lock({LockKey})", cancellationToken);
            return unit;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public NpgsqlCommand Command(string sql, params object?[] args)
    {
        var command = new NpgsqlCommand(sql, _connection, _transaction);
        foreach (var arg in args) command.Parameters.Add(Parameter(arg));
        return command;
    }

    public async Task<int> ExecuteAsync(string sql, CancellationToken cancellationToken, params object?[] args)
    {
        await using var command = Command(sql, args);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public static NpgsqlParameter Jsonb(object? value) => new()
    {
        NpgsqlDbType = NpgsqlDbType.Jsonb,
        Value = value is null ? DBNull.Value : System.Text.Json.JsonSerializer.Serialize(value, ResponderJson.Options),
    };

    public Task CommitAsync(CancellationToken cancellationToken) => _transaction.CommitAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await _transaction.DisposeAsync();
        await _connection.DisposeAsync();
    }

    // Npgsql writes timestamptz only from UTC values; annotations may carry other offsets.
    private static NpgsqlParameter Parameter(object? arg) => arg switch
    {
        NpgsqlParameter parameter => parameter,
        DateTimeOffset at => new NpgsqlParameter { Value = at.ToUniversalTime() },
        null => new NpgsqlParameter { Value = DBNull.Value },
        _ => new NpgsqlParameter { Value = arg },
    };
}
