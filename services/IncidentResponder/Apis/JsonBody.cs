using System.Text.Json;
using GameDay.IncidentResponder.Infrastructure;

namespace GameDay.IncidentResponder.Apis;

/// Reads a JSON body whatever the Content-Type (curl -d sends form-encoded), so that bad JSON is a
/// 400 problem with the parser's message rather than a bare 400/415.
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
            return (JsonSerializer.Deserialize<T>(text, ResponderJson.Options), null);
        }
        catch (JsonException ex)
        {
            return (null, $"The body is not valid JSON: {ex.Message}");
        }
    }
}
