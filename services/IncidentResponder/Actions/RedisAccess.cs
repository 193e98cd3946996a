using StackExchange.Redis;

namespace GameDay.IncidentResponder.Actions;

/// The Redis connection if the topology gives the responder one (ConnectionStrings:redis).
public sealed class RedisAccess(IServiceProvider services)
{
    public IConnectionMultiplexer? Connection => services.GetService<IConnectionMultiplexer>();

    public const string Missing = "the responder has no Redis connection (ConnectionStrings:redis is not set).";
}
