using GameDay.Contracts;
using Npgsql;

namespace GameDay.ExecutionEngine.Infrastructure;

/// The orchestrator's stored trading state, read in the transaction that commits an order's submission (or a resend)
/// while holding the state's lock shared (TradingStates.ChangeLock): a halt committed before it is seen, and a halt asked
/// for meanwhile waits for it and is audited after it. The in-memory state (TradingStateCache) can be seconds behind a
/// halt whose message is late — Redis slow or down, the poll not yet due — and a submission must never be.
public static class TradingStateFence
{
    /// The transaction's first statements: the order's row is locked after them, so the fence adds nothing to how long
    /// that row is held (with a slow database, longer row locks mean lock waits among the engine's workers, and lock
    /// waits silence DatabaseLatencyHigh). The price: a halt can wait behind a submission that waits for a lock on
    /// `orders`. The transaction must be READ COMMITTED (Db.InTransactionAsync): the state is read by a statement of
    /// its own, after the lock is granted.
    public static async Task<bool> IsHaltedAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken ct)
    {
        await using (var lockCommand = Db.Command(connection, transaction, $"SELECT pg_advisory_xact_lock_shared({TradingStates.ChangeLock})"))
        {
            await lockCommand.ExecuteNonQueryAsync(ct);
        }
        // No row yet: the orchestrator has been ACTIVE since it first started.
        await using var read = Db.Command(connection, transaction, "SELECT state FROM trading_state WHERE id = 1");
        return await read.ExecuteScalarAsync(ct) is string state && state == TradingStates.Halted;
    }
}
