using GameDay.Contracts;
using GameDay.Contracts.Messages;
using GameDay.Messaging;
using GameDay.Orchestrator.Model;
using Npgsql;

namespace GameDay.Orchestrator.Infrastructure;

/// Reads and changes `trading_state`. A change, its audit row and its outbox messages commit in
/// one transaction, serialised by an advisory lock (TradingStates.ChangeLock) so an operator halt and a monitor
/// halt cannot interleave (the decision is taken on the state read under the lock), and a halt and the execution
/// engine's submissions are ordered (it commits a submission holding that lock shared).
public sealed partial class TradingStateStore(
    NpgsqlDataSource dataSource, OutboxWriter outbox, StatusSnapshot snapshot, TimeProvider time,
    ILogger<TradingStateStore> logger)
{
    // Reported as changedAt while no one has changed the state yet (no row: ACTIVE since start).
    private readonly DateTimeOffset _startedAt = time.GetUtcNow();

    public async Task<TradingStatus> GetAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var status = await ReadAsync(connection, null, _startedAt, cancellationToken);
        snapshot.Update(status);
        return status;
    }

    public async Task<TransitionOutcome> ApplyAsync(
        TradingCommand command, Func<TradingStatus, DateTimeOffset, TransitionOutcome> decide, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await ExecuteAsync(connection, transaction, $"SELECT pg_advisory_xact_lock({TradingStates.ChangeLock})", [], cancellationToken);
        var current = await ReadAsync(connection, transaction, _startedAt, cancellationToken);
        var now = time.GetUtcNow();
        var outcome = decide(current, now);
        if (outcome.Kind == TransitionKind.Rejected || (outcome.Kind == TransitionKind.Unchanged && !command.CancelAll))
        {
            await transaction.RollbackAsync(cancellationToken);
            snapshot.Update(current);
            return outcome;
        }

        var next = outcome.Next;
        if (outcome.Kind == TransitionKind.Changed)
        {
            await ExecuteAsync(connection, transaction,
                """
                INSERT INTO trading_state (id, state, reason, changed_by, changed_at) VALUES (1, $1, $2, $3, $4)
                ON CONFLICT (id) DO UPDATE SET state = $1, reason = $2, changed_by = $3, changed_at = $4
                """, [next.State, next.Reason, next.ChangedBy, next.ChangedAt], cancellationToken);
        }
        var auditId = await AuditAsync(connection, transaction, command, next, now, cancellationToken);
        await outbox.EnqueueAsync(connection, transaction, StreamNames.OrchestratorCommands,
            new TradingStateChanged(next.State, next.Reason, next.ChangedBy, now), $"state:{auditId}", cancellationToken);
        if (command.CancelAll)
        {
            await outbox.EnqueueAsync(connection, transaction, StreamNames.OrchestratorCommands,
                new CancelAllRequested(command.Actor, now), $"cancel-all:{auditId}", cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        snapshot.Update(next);
        LogStateChanged(command.Action, next.State, next.Reason, command.Actor, command.Source);
        return outcome;
    }

    private static async Task<TradingStatus> ReadAsync(
        NpgsqlConnection connection, NpgsqlTransaction? transaction, DateTimeOffset startedAt, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            "SELECT state, reason, changed_by, changed_at FROM trading_state WHERE id = 1", connection, transaction);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken)) return TradingStatus.Initial(startedAt);
        return new TradingStatus(reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1),
            reader.GetString(2), reader.GetFieldValue<DateTimeOffset>(3));
    }

    private static async Task<long> AuditAsync(NpgsqlConnection connection, NpgsqlTransaction transaction,
        TradingCommand command, TradingStatus next, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var insert = new NpgsqlCommand(
            """
            INSERT INTO halt_audit (action, state, reason, actor, source, at) VALUES ($1, $2, $3, $4, $5, $6)
            RETURNING id
            """, connection, transaction);
        foreach (var value in new object?[] { command.Action, next.State, next.Reason, command.Actor, command.Source, at })
        {
            insert.Parameters.Add(new NpgsqlParameter { Value = value ?? DBNull.Value });
        }
        return (long)(await insert.ExecuteScalarAsync(cancellationToken))!;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql,
        object?[] parameters, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        foreach (var value in parameters) command.Parameters.Add(new NpgsqlParameter { Value = value ?? DBNull.Value });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Trading {Action}: now {State} ({Reason}) by {Actor} from {Source}")]
    private partial void LogStateChanged(string action, string state, string? reason, string actor, string source);
}
