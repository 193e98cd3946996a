namespace GameDay.IncidentResponder.Actions;

/// `redis.info {section}`: INFO of the Redis server (memory by default).
public sealed class RedisInfoAction(RedisAccess redis) : IIncidentAction
{
    public string Name => "redis.info";

    public async Task<ActionOutcome> ExecuteAsync(ActionContext context, CancellationToken cancellationToken)
    {
        if (redis.Connection is not { } connection) return ActionOutcome.Failed(RedisAccess.Missing);
        var section = context.Parameters.GetValueOrDefault("section") ?? "memory";
        var result = await connection.GetDatabase().ExecuteAsync("INFO", section);
        return ActionOutcome.Ok(HttpActionClients.Trim(result.ToString()));
    }
}
