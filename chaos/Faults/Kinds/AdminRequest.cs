using System.Net.Http.Json;

namespace GameDay.Chaos.Kinds;

/// One call to a service's admin API with the run's token, as the faults that act through those APIs make it.
internal static class AdminRequest
{
    /// The status and body of the answer; throws `refused(status, body)` when the service refuses.
    public static async Task<(int Status, string Text)> SendAsync(
        FaultContext context, string resource, HttpMethod method, string path, object? body, Func<int, string, string> refused, CancellationToken ct)
    {
        using var client = context.Client(resource);
        using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        using var response = await client.SendAsync(request, ct);
        var text = await response.Content.ReadAsStringAsync(ct);
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException(refused((int)response.StatusCode, text));
        return ((int)response.StatusCode, text);
    }
}
