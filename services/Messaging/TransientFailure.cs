using System.Net.Sockets;
using Npgsql;
using StackExchange.Redis;

namespace GameDay.Messaging;

/// Failures of the infrastructure (database, Redis, network) rather than of the message: the
/// entry is retried after a back-off and never dead-lettered for them.
public static class TransientFailure
{
    public static bool Is(Exception ex) => ex switch
    {
        NpgsqlException npgsql => npgsql.IsTransient || npgsql.InnerException is SocketException or IOException or TimeoutException,
        RedisException or TimeoutException or SocketException or IOException => true,
        InvalidOperationException { InnerException: { } inner } => Is(inner),
        _ => false,
    };
}
