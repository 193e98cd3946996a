using System.Globalization;

namespace GameDay.Chaos.Kinds.Security;

/// A hostile client: `rate` admin requests a second with wrong tokens against the target's admin API, until
/// reverted. Each request carries a random token and an `X-Forwarded-For` source the evidence can name.
internal sealed class AuthBurstFault(FaultContext context, string target, int rate, string path, Random random) : IFault
{
    private readonly CancellationTokenSource stop = new();
    private Task? loop;
    private long sent;

    public Task<string> InjectAsync(CancellationToken ct)
    {
        // The client is made here, so that a target without an endpoint fails the inject rather than the loop.
        var client = context.Client(target, admin: false);
        client.DefaultRequestHeaders.Add("X-Forwarded-For", "198.51.100.23");
        loop = RunAsync(client, stop.Token);
        return Task.FromResult($"{rate} requests/s with wrong admin tokens to {target}{path} from 198.51.100.23");
    }

    public async Task<string> RevertAsync(CancellationToken ct)
    {
        await stop.CancelAsync();
        if (loop is not null) await loop.ContinueWith(_ => { }, TaskScheduler.Default);
        return $"burst stopped after {Interlocked.Read(ref sent)} requests";
    }

    private async Task RunAsync(HttpClient client, CancellationToken ct)
    {
        using var _ = client;
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1.0 / rate), context.Time);
        try
        {
            while (await timer.WaitForNextTickAsync(ct))
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, path);
                request.Headers.Add("X-Admin-Token", random.NextInt64().ToString("x16", CultureInfo.InvariantCulture));
                try
                {
                    using var response = await client.SendAsync(request, ct);
                }
                catch (Exception) when (!ct.IsCancellationRequested)
                {
                    // The target may be down, frozen (a request timed out) or hang up at once: HttpClient then throws
                    // whatever the socket said (a raw SocketException "Transport endpoint is not connected", seen in CI),
                    // not only HttpRequestException. The attacker keeps trying whatever it was.
                }
                Interlocked.Increment(ref sent);
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // Reverted.
        }
    }
}
