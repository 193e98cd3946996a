using System.Text.Json;
using GameDay.Messaging;

namespace GameDay.Orchestrator.Apis;

/// Reads a JSON body whatever the Content-Type: the runbooks' `curl -d '{...}'` sends
/// application/x-www-form-urlencoded, which model binding would refuse with 415.
internal static class JsonBody
{
    public static async Task<(T? Value, string? Error)> ReadAsync<T>(HttpRequest request, CancellationToken cancellationToken)
        where T : class
    {
        using var reader = new StreamReader(request.Body);
        var text = await reader.ReadToEndAsync(cancellationToken);
        if (string.IsNullOrWhiteSpace(text)) return (null, null);
        try
        {
            return (JsonSerializer.Deserialize<T>(text, MessageJson.Options), null);
        }
        catch (JsonException ex)
        {
            return (null, $"The body is not valid JSON: {ex.Message}");
        }
    }
}
