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
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return false;
        }
    }
}
