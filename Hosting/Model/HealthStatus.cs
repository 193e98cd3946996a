using System.Text.Json.Serialization;

namespace GameDay.Hosting;

[JsonConverter(typeof(JsonStringEnumConverter<HealthStatus>))]
public enum HealthStatus
{
    Healthy,
    Unhealthy,
}
