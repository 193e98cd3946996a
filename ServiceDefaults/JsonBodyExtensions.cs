using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Microsoft.Extensions.Hosting;

/// Reads a JSON body whatever the Content-Type (the seed runbooks' `curl -d` sends form-encoded), so
/// that bad JSON is a 400 problem with the parser's message rather than a bare 400/415.
public static class JsonBodyExtensions
{
    public static async Task<(T? Value, string? Error)> ReadJsonBodyAsync<T>(
        this HttpRequest request, JsonSerializerOptions options, CancellationToken cancellationToken) where T : class
    {
        using var reader = new StreamReader(request.Body);
        var text = await reader.ReadToEndAsync(cancellationToken);
        if (string.IsNullOrWhiteSpace(text)) return (null, null);
        try
        {
            return (JsonSerializer.Deserialize<T>(text, options), null);
        }
        catch (JsonException ex)
        {
            return (null, $"The body is not valid JSON: {ex.Message}");
        }
    }
}
