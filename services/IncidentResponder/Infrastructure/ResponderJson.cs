using System.Text.Json;
using System.Text.Json.Serialization;

namespace GameDay.IncidentResponder.Infrastructure;

/// One JSON shape for the API, the jsonb columns and the webhook (camelCase, enums as names).
public static class ResponderJson
{
    public static readonly JsonSerializerOptions Options = Configure(new JsonSerializerOptions(JsonSerializerDefaults.Web));

    public static JsonSerializerOptions Configure(JsonSerializerOptions options)
    {
        options.Converters.Add(new JsonStringEnumConverter());
        options.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
        return options;
    }
}
