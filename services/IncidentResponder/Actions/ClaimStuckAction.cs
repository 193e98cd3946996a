using StackExchange.Redis;

namespace GameDay.IncidentResponder.Actions;

/// `streams.claim-stuck {stream, group, minIdleMs}`: hands entries idle longer than minIdleMs to the
/// group's most recently active consumer (XAUTOCLAIM), so a live instance processes them.
public sealed class ClaimStuckAction(RedisAccess redis) : IIncidentAction
{
    public string Name => "streams.claim-stuck";

    public async Task<ActionOutcome> ExecuteAsync(ActionContext context, CancellationToken cancellationToken)
    {
        if (redis.Connection is not { } connection) return ActionOutcome.Failed(RedisAccess.Missing);
        var (stream, group) = (context.Required("stream"), context.Required("group"));
        var minIdle = context.Number("minIdleMs", 60_000);
        var db = connection.GetDatabase();
        var consumers = await db.StreamConsumerInfoAsync(stream, group);
        if (consumers.Length == 0) return ActionOutcome.Failed($"group {group} of {stream} has no consumer to hand entries to.");
        var target = consumers.MinBy(c => c.IdleTimeInMilliseconds).Name;
        var claimed = 0;
        RedisValue cursor = "0-0";
        do
        {
            cancellationToken.ThrowIfCancellationRequested();
            var result = await db.StreamAutoClaimIdsOnlyAsync(stream, group, target, minIdle, cursor, 100);
            claimed += result.ClaimedIds.Length;
            cursor = result.NextStartId;
        }
        while (cursor != "0-0");
        return ActionOutcome.Ok($"claimed {claimed} entr(ies) idle over {minIdle} ms for consumer {target}.");
    }
}
