using GameDay.Contracts;
using GameDay.Orchestrator.Model;
using StackExchange.Redis;

namespace GameDay.Orchestrator.Infrastructure;

/// Samples every stream of StreamNames.All (XLEN, XLEN of the DLQ, XINFO GROUPS) and INFO memory;
/// the commands are issued together so the multiplexer pipelines them in one round trip.
public sealed class RedisProbe(IConnectionMultiplexer redis) : IInfraProbe<RedisSample>
{
    public async Task<RedisSample> SampleAsync(CancellationToken cancellationToken)
    {
        var db = redis.GetDatabase();
        var memory = db.ExecuteAsync("INFO", "memory");
        var streams = StreamNames.All.Select(stream => SampleStreamAsync(db, stream)).ToList();
        await Task.WhenAll([memory, .. streams]).WaitAsync(cancellationToken);
        var (used, max) = RedisInfoParser.ParseMemory((string?)await memory ?? "");
        return new RedisSample([.. streams.Select(s => s.Result)], used, max);
    }

    private static async Task<StreamSample> SampleStreamAsync(IDatabase db, string stream)
    {
        // XLEN of a missing key is 0, which is what a DLQ that was never written means.
        var length = db.StreamLengthAsync(stream);
        var dlqLength = db.StreamLengthAsync(StreamNames.Dlq(stream));
        var groups = GroupsAsync(db, stream);
        return new StreamSample(stream, await length, await dlqLength, await groups);
    }

    private static async Task<IReadOnlyList<StreamGroupSample>> GroupsAsync(IDatabase db, string stream)
    {
        try
        {
            return XinfoGroupsParser.Parse(await db.ExecuteAsync("XINFO", "GROUPS", stream));
        }
        catch (RedisServerException ex) when (ex.Message.Contains("no such key", StringComparison.OrdinalIgnoreCase))
        {
            return []; // no one has written to or subscribed to the stream yet
        }
    }
}
