using System.Net;
using System.Net.Http.Json;
using GameDay.Contracts;

namespace GameDay.Integration.Tests;

/// A halt and a submission are ordered by the database, not by what the engine has heard: an order whose submission
/// commits after a halt is denied, even while the engine still believes trading is active (its halt message late).
[Collection(StackCollection.Name)]
public sealed class HaltFenceTests(StackFixture stack) : IAsyncLifetime
{
    public Task InitializeAsync() => stack.EnsureHealthyAsync();

    public Task DisposeAsync() => stack.EnsureHealthyAsync();

    [Fact]
    public async Task AnOrderSubmittedAfterAHaltCommitsIsDeniedWhateverTheEngineHasHeard()
    {
        await Eventually.Async(stack, "orders are being submitted", async () =>
            await stack.ScalarAsync<long>("SELECT count(*) FROM orders WHERE submitted_at IS NOT NULL") > 0, TestTimeouts.FirstTrades);
        var symbol = await stack.ScalarAsync<string>("SELECT symbol FROM orders ORDER BY created_at DESC LIMIT 1");
        using var admin = stack.CreateAdminClient(ResourceNames.Orchestrator);

        // The test holds the trading state's lock, so the orchestrator's halt queues for it first and the engine's
        // submission of the order below queues behind the halt; neither has committed, so the engine has heard nothing.
        await using var holder = await stack.Database.OpenConnectionAsync();
        await using var hold = await holder.BeginTransactionAsync();
        await using (var take = new Npgsql.NpgsqlCommand($"SELECT pg_advisory_xact_lock({TradingStates.ChangeLock})", holder, hold))
        {
            await take.ExecuteNonQueryAsync();
        }
        var halt = admin.PostAsJsonAsync("/admin/orchestrate/halt", new { reason = HaltReasons.Manual });
        var released = false;
        try
        {
            await Eventually.Async(stack, "the orchestrator's halt waits for the trading state's lock",
                async () => await WaitingAsync("ExclusiveLock") >= 1, TestTimeouts.HaltPropagation * 5);
            var order = "GD-FENCE-" + Guid.NewGuid().ToString("N")[..12];
            await InsertApprovedOrderAsync(order, symbol);
            await Eventually.Async(stack, "the engine's submission of the order waits behind the halt",
                async () => await WaitingAsync("ShareLock") >= 1, TestTimeouts.HaltPropagation * 5,
                async () => $"order {order}: {await StatusAsync(order)}");
            released = true;
            await hold.RollbackAsync();
            Assert.Equal(HttpStatusCode.OK, (await halt).StatusCode);

            await Eventually.Async(stack, "the order is decided", async () => await StatusAsync(order) != "INITIALIZED -",
                TestTimeouts.HaltPropagation * 5);
            Assert.Equal("DENIED trading_halted", await StatusAsync(order));
            // Denied by the database's word, not by the halt message (which the in-memory path would have used).
            Assert.Equal(1, await stack.ScalarAsync<long>(
                "SELECT count(*) FROM order_events WHERE client_order_id = $1 AND to_status = 'DENIED' AND detail = 'halted in the database'", order));
            Assert.Equal(0, await stack.ScalarAsync<long>(
                "SELECT count(*) FROM orders WHERE client_order_id = $1 AND submitted_at IS NOT NULL", order));
        }
        finally
        {
            // The halt is lifted by DisposeAsync (EnsureHealthyAsync unhalts); a failure of the halt request itself was
            // asserted above, so it must not hide the test's own failure here.
            if (!released) await hold.RollbackAsync();
            try
            {
                (await halt).Dispose();
            }
            catch (HttpRequestException)
            {
            }
        }
    }

    private Task<long> WaitingAsync(string mode) => stack.ScalarAsync<long>(
        "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted AND mode = $1 " +
        "AND classid::bigint = $2 AND objid::bigint = $3 AND objsubid = 1",
        mode, TradingStates.ChangeLock >> 32, TradingStates.ChangeLock & 0xFFFF_FFFF);

    private Task<string> StatusAsync(string order) => stack.ScalarAsync<string>(
        "SELECT status || ' ' || coalesce(reason, '-') FROM orders WHERE client_order_id = $1", order);

    /// What the risk manager's approval and the engine's handler leave for an approved order, without the stream between:
    /// a buy limited at 1, which no venue would fill should it ever get there.
    private async Task InsertApprovedOrderAsync(string order, string symbol)
    {
        await using var batch = stack.Database.CreateBatch();
        foreach (var sql in new[]
        {
            """
            INSERT INTO risk_decisions (client_order_id, signal_id, symbol, side, quantity, limit_price, approved, trading_state, decided_at)
            VALUES ($1, $2, $3, $4, 1, 1, true, 'ACTIVE', now())
            """,
            """
            INSERT INTO orders (client_order_id, signal_id, symbol, side, quantity, limit_price, status, filled_quantity, created_at, updated_at)
            VALUES ($1, $2, $3, $4, 1, 1, 'INITIALIZED', 0, now(), now())
            """,
        })
        {
            var command = new Npgsql.NpgsqlBatchCommand(sql);
            foreach (var value in new object[] { order, order[3..], symbol, Side.Buy }) command.Parameters.Add(new Npgsql.NpgsqlParameter { Value = value });
            batch.BatchCommands.Add(command);
        }
        await batch.ExecuteNonQueryAsync();
    }
}
