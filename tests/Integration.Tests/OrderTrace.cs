using System.Globalization;
using System.Text;
using GameDay.Contracts;
using StackExchange.Redis;

namespace GameDay.Integration.Tests;

/// One order's trace as the stack's own records show it: the trace id that each hop's stream entry carries (its
/// `traceparent`) and the one the execution engine kept on the order row. Tick → signal → risk decision →
/// submission → fill is one trace when all of them are the same.
internal static class OrderTrace
{
    private const int Recent = 5_000;

    /// The hops of the newest filled orders, each with its trace id ("-" when the entry is not found).
    public static async Task<IReadOnlyList<Chain>> NewestFilledAsync(StackFixture stack, int orders = 20)
    {
        var redis = stack.Redis.GetDatabase();
        var signals = await TraceIdsAsync(redis, StreamNames.Signals);
        var approvals = await TraceIdsAsync(redis, StreamNames.OrdersApproved);
        var executions = await TraceIdsAsync(redis, StreamNames.Executions);
        var rows = new List<(string Order, string Signal, string TraceParent, DateTimeOffset TickTime, string[] Trades)>();
        await using (var command = stack.Database.CreateCommand(
            """
            SELECT o.client_order_id, o.signal_id, o.trace_parent, o.tick_time,
                   array_agg(t.venue || ':' || t.trade_id ORDER BY t.venue_sequence)
            FROM orders o JOIN trades t ON t.client_order_id = o.client_order_id
            WHERE o.trace_parent IS NOT NULL AND o.tick_time IS NOT NULL
            GROUP BY o.client_order_id ORDER BY o.created_at DESC LIMIT $1
            """))
        {
            command.Parameters.Add(new Npgsql.NpgsqlParameter { Value = orders });
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                rows.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetFieldValue<DateTimeOffset>(3),
                    reader.GetFieldValue<string[]>(4)));
            }
        }
        var chains = new List<Chain>();
        foreach (var row in rows)
        {
            chains.Add(new Chain(row.Order, TraceIdOf(row.TraceParent),
            [
                await TickAsync(stack, redis, row.TickTime),
                new Hop("signal", "signal:" + row.Signal, signals.GetValueOrDefault("signal:" + row.Signal)),
                new Hop("approval", "approved:" + row.Order, approvals.GetValueOrDefault("approved:" + row.Order)),
                .. row.Trades.Select(trade => new Hop("fill", "exec:" + trade, executions.GetValueOrDefault("exec:" + trade))),
            ]));
        }
        return chains;
    }

    /// The tick entry the signal generator handled (its inbox row names the entry), read by its id: the tick stream is
    /// long and capped, and a tick republished after a restart has a second entry with the same message id.
    private static async Task<Hop> TickAsync(StackFixture stack, IDatabase redis, DateTimeOffset tickTime)
    {
        var id = "ticks:" + tickTime.UtcDateTime.ToString("yyyyMMdd'T'HHmmssfff", CultureInfo.InvariantCulture);
        var entryId = await stack.ScalarAsync<string?>(
            "SELECT stream_entry FROM inbox WHERE consumer_group = $1 AND message_id = $2", ResourceNames.SignalGenerator, id);
        var entries = entryId is null ? [] : await redis.StreamRangeAsync(StreamNames.MarketTicks, entryId, entryId);
        return new Hop("tick", id, entries.Length == 0 ? null : TraceIdOf(entries[0][StreamFields.TraceParent]));
    }

    public static string Describe(IEnumerable<Chain> chains)
    {
        var text = new StringBuilder("Newest filled orders (trace id kept on the order; each hop's entry):\n");
        foreach (var chain in chains)
        {
            text.Append(CultureInfo.InvariantCulture, $"  {chain.Order} {chain.TraceId}:");
            foreach (var hop in chain.Hops) text.Append(CultureInfo.InvariantCulture, $" {hop.Name}={hop.TraceId ?? "-"}");
            text.Append('\n');
        }
        return text.ToString();
    }

    private static async Task<Dictionary<string, string?>> TraceIdsAsync(IDatabase redis, string stream)
    {
        var entries = await redis.StreamRangeAsync(stream, count: Recent, messageOrder: Order.Descending);
        var ids = new Dictionary<string, string?>();
        foreach (var entry in entries) ids.TryAdd(entry[StreamFields.MessageId].ToString(), TraceIdOf(entry[StreamFields.TraceParent]));
        return ids;
    }

    /// The trace id of a W3C traceparent (`00-<trace id>-<span id>-<flags>`).
    private static string? TraceIdOf(RedisValue traceParent) =>
        traceParent.IsNullOrEmpty ? null : traceParent.ToString().Split('-') is [_, var trace, _, _] ? trace : null;

    public sealed record Hop(string Name, string MessageId, string? TraceId);

    public sealed record Chain(string Order, string? TraceId, IReadOnlyList<Hop> Hops)
    {
        public bool IsOneTrace => TraceId is not null && Hops.All(h => h.TraceId == TraceId);
    }
}
