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
    private const string Create = $"CREATE INDEX IF NOT EXISTS {Index} ON risk_decisions (decided_at DESC)";

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
        // The build can also be cancelled before it lists the index, while it waits for its table lock (an autovacuum
        // of the fresh rows holds it until it yields): then there is no index yet, and the migration is tried again.
        bool? valid = null;
        for (var attempt = 0; attempt < 3 && valid is null; attempt++)
        {
            await CancelledBuildAsync(database, ct);
            valid = await IsValidAsync(database, ct);
        }

        return valid switch
        {
            false => $"{Index} is INVALID on risk_decisions with {history.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)} rows of history: the order-rate check scans the table",
            true => throw new InvalidOperationException($"the build of {Index} was not cancelled in time; the index is valid and nothing is degraded"),
            null => throw new InvalidOperationException($"three cancelled builds of {Index} left no index behind"),
        };
    }

    public async Task<string> RevertAsync(CancellationToken ct)
    {
        if (!touched) return "nothing was changed";
        var database = context.Database;
        await using (var delete = database.CreateCommand($"DELETE FROM risk_decisions WHERE client_order_id LIKE '{HistoryPrefix}%'"))
        {
            delete.CommandTimeout = 300;
            var removed = await delete.ExecuteNonQueryAsync(ct);
            var valid = await IsValidAsync(database, ct);
            if (valid is not true)
            {
                await ExecuteAsync(database, $"DROP INDEX IF EXISTS {Index}", ct);
                await ExecuteAsync(database, Create, ct);
            }

            touched = false;
            return $"{removed.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)} history rows removed; {Index} " + (valid is true ? "was already valid (rebuilt)" : "rebuilt");
        }
    }

    /// CONCURRENTLY commits the index to the catalogue (not valid yet), then waits for every transaction that may
    /// write the table. One such transaction is held open here, so the build waits, and its statement timeout
    /// cancels it there: what a migration cancelled by its deploy tool leaves behind.
    private static async Task CancelledBuildAsync(NpgsqlDataSource database, CancellationToken ct)
    {
        await using var writer = await database.OpenConnectionAsync(ct);
        await using var open = await writer.BeginTransactionAsync(ct);
        await using (var hold = new NpgsqlCommand("LOCK TABLE risk_decisions IN ROW EXCLUSIVE MODE", writer, open))
        {
            await hold.ExecuteNonQueryAsync(ct);
        }

        await using var migration = await database.OpenConnectionAsync(ct);
        await using (var timeout = new NpgsqlCommand("SET statement_timeout = '5s'", migration))
        {
            await timeout.ExecuteNonQueryAsync(ct);
        }

        try
        {
            await using var build = new NpgsqlCommand($"CREATE INDEX CONCURRENTLY {Index} ON risk_decisions (decided_at DESC)", migration);
            await build.ExecuteNonQueryAsync(ct);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.QueryCanceled)
        {
            // The cancelled migration.
        }
        finally
        {
            await using var reset = new NpgsqlCommand("RESET statement_timeout", migration);
            await reset.ExecuteNonQueryAsync(CancellationToken.None);
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
