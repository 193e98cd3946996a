using GameDay.Contracts;
using Npgsql;

namespace GameDay.ExecutionEngine.Infrastructure;

/// The orchestrator's stored trading state, read in the transaction that commits an order's submission (or a resend)
/// while holding the state's lock shared (TradingStates.ChangeLock): a halt committed before it is seen, and a halt asked
/// for meanwhile waits for it and is audited after it. The in-memory state (TradingStateCache) can be seconds behind a
/// halt whose message is late — Redis slow or down, the poll not yet due — and a submission must never be.
public static class TradingStateFence
{
    /// Locks the order's row first, so that whatever holds `orders` (a long transaction, a lock-table fault) is waited
    /// for before the state's lock is taken, never while a halt queues behind it. The transaction must be READ COMMITTED
    /// (Db.InTransactionAsync): the state is read by a statement of its own, after the lock is granted.
    public static async Task<bool> IsHaltedAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string clientOrderId,
        CancellationToken ct)
    {
        await using (var row = Db.Command(connection, transaction, "SELECT 1 FROM orders WHERE client_order_id = $1 FOR UPDATE", clientOrderId))
        {
            await row.ExecuteNonQueryAsync(ct);
        }
        await using (var lockCommand = Db.Command(connection, transaction, $"SELECT pg_advisory_xact_lock_shared({TradingStates.ChangeLock})"))
        {
            await lockCommand.ExecuteNonQueryAsync(ct);
        }
        // No row yet: the orchestrator has been ACTIVE since it first started.
        await using var read = Db.Command(connection, transaction, "SELECT state FROM trading_state WHERE id = 1");
        return await read.ExecuteScalarAsync(ct) is string state && state == TradingStates.Halted;
    }
}
