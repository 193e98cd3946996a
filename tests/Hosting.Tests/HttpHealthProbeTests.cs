using System.Net.Sockets;
using GameDay.Hosting.Health;

namespace GameDay.Hosting.Tests;

/// A health probe meets processes as they die: whatever its HTTP client throws, the check fails, it never throws
/// (the loop that probes is also the one that sees the process exit).
public sealed class HttpHealthProbeTests
{
    [Fact]
    public async Task AServiceThatResetsEveryConnectionIsUnhealthyAndTheProbeNeverThrows()
    {
        await using var server = new LoopbackServer(ResetAsync);
        var probe = new HttpHealthProbe(server.Port, "/health");

        // A reset right after the connect surfaces from HttpClient as an HttpRequestException or, when it comes
        // before the client asks for the peer's address, as a raw SocketException (107): many checks meet both.
        for (var i = 0; i < 500; i++)
        {
            Assert.False(await probe.CheckAsync(CancellationToken.None), $"check {i} passed against a server that resets");
        }
        Assert.True(server.Accepted > 0);
    }

    private static Task ResetAsync(NetworkStream stream, CancellationToken ct)
    {
        stream.Socket.LingerState = new LingerOption(true, 0);
        stream.Socket.Close();
        return Task.CompletedTask;
    }
}
