using GameDay.Contracts;

namespace GameDay.Chaos.Kinds.Venue;

/// The broker's admin API (X-Admin-Token), as venue faults call it.
internal static class VenueAdmin
{
    public static async Task<string> SendAsync(FaultContext context, HttpMethod method, string path, object? body, CancellationToken ct)
    {
        var (status, _) = await AdminRequest.SendAsync(context, ResourceNames.Broker, method, path, body, (code, text) => $"{method} {path}: {code} {text}", ct);
        return $"{method} {path}: {status}";
    }
}
