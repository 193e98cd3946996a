using GameDay.Contracts;
using Npgsql;

namespace GameDay.ExecutionEngine.Infrastructure;

/// The orchestrator's stored trading state, read in the transaction that commits a submission while holding the state's
/// lock shared (TradingStates.ChangeLock): a halt committed before it is seen, and a halt asked for meanwhile waits for
/// the submission and is audited after it. The in-memory state (TradingStateCache) can be seconds behind a halt whose
/// message is late — Redis slow or down, the poll not yet due — and a submission must never be.
public static class TradingStateFence
{
    public static async Task<bool> IsHaltedAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken ct)
    {
        await using (var lockCommand = Db.Command(connection, transaction, $"SELECT pg_advisory_xact_lock_shared({TradingStates.ChangeLock})"))
        {
            await lockCommand.ExecuteNonQueryAsync(ct);
        }
        // A statement of its own: under READ COMMITTED it sees what committed while the lock was awaited. No row yet:
        // the orchestrator has been ACTIVE since it first started.
        await using var read = Db.Command(connection, transaction, "SELECT state FROM trading_state WHERE id = 1");
        return await read.ExecuteScalarAsync(ct) is string state && state == TradingStates.Halted;
    }
}
