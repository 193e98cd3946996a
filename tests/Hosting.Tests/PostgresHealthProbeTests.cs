using System.Buffers.Binary;
using System.Net.Sockets;
using System.Text;
using GameDay.Hosting.Health;

namespace GameDay.Hosting.Tests;

/// The probe judges a server by its answer to a new session, as pg_isready does: a full server is up,
/// one that is starting up or refuses the login is not. A loopback server speaks just enough of the
/// protocol (declines SSL and GSS encryption, then answers the startup message with an error).
public sealed class PostgresHealthProbeTests
{
    [Fact]
    public async Task AServerRefusingWithTooManyClientsIsUp()
    {
        await using var server = RefusingServer("53300", "sorry, too many clients already");

        Assert.True(await Probe(server.Port).CheckAsync(CancellationToken.None));
    }

    [Theory]
    [InlineData("57P03", "the database system is starting up")]
    [InlineData("28P01", "password authentication failed for user \"postgres\"")]
    public async Task AServerRefusingForAnyOtherReasonIsNotHealthy(string sqlState, string message)
    {
        await using var server = RefusingServer(sqlState, message);

        Assert.False(await Probe(server.Port).CheckAsync(CancellationToken.None));
    }

    [Fact]
    public async Task NothingListeningIsNotHealthy()
    {
        int port;
        await using (var server = RefusingServer("53300", "gone"))
        {
            port = server.Port;
        }

        Assert.False(await Probe(port).CheckAsync(CancellationToken.None));
    }

    private static PostgresHealthProbe Probe(int port) => new(port, "postgres", "secret", "trading");

    private static LoopbackServer RefusingServer(string sqlState, string message) => new(async (stream, ct) =>
    {
        const int SslRequest = 80877103, GssEncRequest = 80877104;
        while (true)
        {
            var header = new byte[8];
            await stream.ReadExactlyAsync(header, ct);
            var length = BinaryPrimitives.ReadInt32BigEndian(header);
            var code = BinaryPrimitives.ReadInt32BigEndian(header.AsSpan(4));
            await stream.ReadExactlyAsync(new byte[length - 8], ct);
            if (code is SslRequest or GssEncRequest)
            {
                await stream.WriteAsync("N"u8.ToArray(), ct);
                continue;
            }

            await stream.WriteAsync(ErrorResponse(sqlState, message), ct);
            await stream.FlushAsync(ct);
            return;
        }
    });

    private static byte[] ErrorResponse(string sqlState, string message)
    {
        var fields = new MemoryStream();
        foreach (var (type, value) in new[] { ('S', "FATAL"), ('V', "FATAL"), ('C', sqlState), ('M', message) })
        {
            fields.WriteByte((byte)type);
            fields.Write(Encoding.UTF8.GetBytes(value));
            fields.WriteByte(0);
        }

        fields.WriteByte(0);
        var body = fields.ToArray();
        var frame = new byte[1 + 4 + body.Length];
        frame[0] = (byte)'E';
        BinaryPrimitives.WriteInt32BigEndian(frame.AsSpan(1), 4 + body.Length);
        body.CopyTo(frame, 5);
        return frame;
    }
}
