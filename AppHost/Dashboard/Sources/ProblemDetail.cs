using System.Text.Json;

namespace GameDay.AppHost.Dashboard.Sources;

/// The `detail` of a problem-details body (RFC 9457), or the body itself when it is not one.
public static class ProblemDetail
{
    public static string Of(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("detail", out var detail))
                return detail.GetString() ?? body;
        }
        catch (JsonException)
        {
        }
        return body.Length > 300 ? body[..300] + "…" : body;
    }
}
