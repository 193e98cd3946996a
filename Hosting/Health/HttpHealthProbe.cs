using System.Globalization;

namespace GameDay.Hosting.Health;

internal sealed class HttpHealthProbe(int port, string path) : IHealthProbe
{
    // One client for all probes: a client per check would leak sockets in TIME_WAIT at 4 checks a second.
    private static readonly HttpClient Client = new(new SocketsHttpHandler { UseProxy = false, PooledConnectionLifetime = TimeSpan.FromSeconds(30) })
    {
        Timeout = TimeSpan.FromSeconds(2),
    };

    private readonly Uri uri = new(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}{path}"));

    public async Task<bool> CheckAsync(CancellationToken ct)
    {
        try
        {
            using var response = await Client.GetAsync(uri, ct);
            return (int)response.StatusCode == 200;
        }
        catch (Exception) when (!ct.IsCancellationRequested)
        {
            // Whatever the request threw (a refused or reset connection surfaces as HttpRequestException, a timeout as
            // TaskCanceledException, and a connection reset right after connecting as a raw SocketException), the
            // service did not answer healthy.
            return false;
        }
    }
}
