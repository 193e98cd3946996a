using Npgsql;

namespace GameDay.Chaos.Kinds.Data;

/// The classic way an index goes missing without anyone dropping it for good: a migration rebuilds it with CREATE INDEX
/// CONCURRENTLY, the build is cancelled, and the index stays in the catalogue marked INVALID. The planner ignores it,
/// so the risk manager's order-rate check (`WHERE approved AND decided_at > $1`) reads the whole table on every
/// signal; and the service's own `CREATE INDEX IF NOT EXISTS` at start sees the name and skips it, so no restart
/// brings it back. Only a rebuild does (REINDEX INDEX CONCURRENTLY, or drop and create). The table holds a desk's
/// history (rejected decisions, so no invariant counts them) for the scan to cost what it costs on a real desk.
/// Revert removes that history and leaves a valid index, whether or not the runbook rebuilt it first.
internal sealed class InvalidIndexFault(FaultContext context, int history) : IFault
{
    public const string Index = "risk_decisions_decided_at";
    private const string HistoryPrefix = "history-";
    private const string Definition = $"{Index} ON risk_decisions (decided_at DESC)";

    private bool touched;

    public async Task<string> InjectAsync(CancellationToken ct)
    {
        var database = context.Database;
        touched = true;
        await ExecuteAsync(database, $"DROP INDEX IF EXISTS {Index}", ct);
        await using (var insert = database.CreateCommand($"""
            INSERT INTO risk_decisions (client_order_id, signal_id, symbol, side, quantity, limit_price, approved, reason,
                                        trading_state, decided_at)
            SELECT '{HistoryPrefix}' || g, '{HistoryPrefix}' || g, 'HIST', 'BUY', 1, 100, false, 'history', 'RUNNING',
                   now() - interval '90 days' + g * interval '1 second'
            FROM generate_series(1, $1) g
            ON CONFLICT DO NOTHING
            """))
        {
            insert.Parameters.Add(new NpgsqlParameter { Value = history });
            insert.CommandTimeout = 300;
            await insert.ExecuteNonQueryAsync(ct);
        }

        await ExecuteAsync(database, "ANALYZE risk_decisions", ct);
        // A restart of the risk manager between the DROP and the build creates a valid index under the name (its
        // CREATE INDEX IF NOT EXISTS at start): drop it again and build again.
        bool? valid = true;
        for (var attempt = 0; attempt < 3 && valid is not false; attempt++)
        {
            await ExecuteAsync(database, $"DROP INDEX IF EXISTS {Index}", ct);
            await CancelledBuildAsync(database, ct);
            valid = await IsValidAsync(database, ct);
        }

        return valid is false
            ? $"{Index} is INVALID on risk_decisions with {history.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)} rows of history: the order-rate check scans the table"
            : throw new InvalidOperationException($"three builds of {Index} were not left invalid (valid: {valid?.ToString() ?? "no index"}); nothing is degraded");
    }

    public async Task<string> RevertAsync(CancellationToken ct)
    {
        if (!touched) return "nothing was changed";
        var database = context.Database;
        int removed;
        await using (var delete = database.CreateCommand($"DELETE FROM risk_decisions WHERE client_order_id LIKE '{HistoryPrefix}%'"))
        {
            delete.CommandTimeout = 300;
            removed = await delete.ExecuteNonQueryAsync(ct);
        }

        var valid = await IsValidAsync(database, ct);
        if (valid is not true)
        {
            await ExecuteAsync(database, $"DROP INDEX IF EXISTS {Index}", ct);
            await ExecuteAsync(database, $"CREATE INDEX IF NOT EXISTS {Definition}", ct);
        }

        touched = false;
        return $"{removed.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)} history rows removed; {Index} " + (valid is true ? "was already valid (rebuilt)" : "rebuilt");
    }

    /// CONCURRENTLY commits the index to the catalogue (not valid yet), then waits for every transaction that may
    /// write the table. One such transaction is held open here, so the build waits; as soon as its index is listed
    /// the build is cancelled, as a deploy tool's timeout cancels a migration: the index stays, INVALID. Cancelling on
    /// sight rather than by a statement timeout keeps this exact whatever the build waited for first (an autovacuum
    /// holding the table's lock), and keeps its lock wait far shorter than the SlowQueries alert's 10 s.
    private static async Task CancelledBuildAsync(NpgsqlDataSource database, CancellationToken ct)
    {
        await using var writer = await database.OpenConnectionAsync(ct);
        await using var open = await writer.BeginTransactionAsync(ct);
        await using (var hold = new NpgsqlCommand("LOCK TABLE risk_decisions IN ROW EXCLUSIVE MODE", writer, open))
        {
            await hold.ExecuteNonQueryAsync(ct);
        }

        await using var migration = await database.OpenConnectionAsync(ct);
        var migrationPid = migration.ProcessID;
        await using var build = new NpgsqlCommand($"CREATE INDEX CONCURRENTLY {Definition}", migration);
        var building = build.ExecuteNonQueryAsync(CancellationToken.None);
        try
        {
            using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
            deadline.CancelAfter(TimeSpan.FromSeconds(60));
            while (!building.IsCompleted && await IsValidAsync(database, deadline.Token) is null)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(20), deadline.Token);
            }
        }
        finally
        {
            // Listed, or given up on: either way the build must not outlive this call.
            if (!building.IsCompleted)
            {
                await using var cancel = database.CreateCommand("SELECT pg_cancel_backend($1)");
                cancel.Parameters.Add(new NpgsqlParameter { Value = migrationPid });
                await cancel.ExecuteScalarAsync(CancellationToken.None);
            }

            try
            {
                await building;
            }
            catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.QueryCanceled or PostgresErrorCodes.DuplicateTable)
            {
                // The cancelled migration; or the name was taken again meanwhile (a service's CREATE INDEX IF NOT EXISTS).
            }

            await open.RollbackAsync(CancellationToken.None);
        }
    }

    /// True or false for a listed index, null when there is none.
    private static async Task<bool?> IsValidAsync(NpgsqlDataSource database, CancellationToken ct)
    {
        await using var command = database.CreateCommand("SELECT indisvalid FROM pg_index WHERE indexrelid = to_regclass($1)");
        command.Parameters.Add(new NpgsqlParameter { Value = Index });
        return await command.ExecuteScalarAsync(ct) as bool?;
    }

    private static async Task ExecuteAsync(NpgsqlDataSource database, string sql, CancellationToken ct)
    {
        await using var command = database.CreateCommand(sql);
        await command.ExecuteNonQueryAsync(ct);
    }
}
