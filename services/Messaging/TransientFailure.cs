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
        PostgresException postgres => postgres.IsTransient || IsOutageState(postgres.SqlState),
        NpgsqlException npgsql => npgsql.IsTransient || npgsql.InnerException is SocketException or IOException or TimeoutException,
        RedisException or TimeoutException or SocketException or IOException => true,
        InvalidOperationException { InnerException: { } inner } => Is(inner),
        _ => false,
    };

    // Connection exceptions (class 08), shutdown of the server under the connection (57P01-57P03),
    // too many connections and deadlocks: the next attempt can succeed with the same message.
    private static bool IsOutageState(string sqlState) =>
        sqlState.StartsWith("08", StringComparison.Ordinal)
        || sqlState is "57P01" or "57P02" or "57P03" or "53300" or "40P01";
}
