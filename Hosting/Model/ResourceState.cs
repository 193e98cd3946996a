using System.Text.Json.Serialization;

namespace GameDay.Hosting;

/// The state names of Aspire's dashboard; Finished means stopped on purpose.
[JsonConverter(typeof(JsonStringEnumConverter<ResourceState>))]
public enum ResourceState
{
    NotStarted,
    Waiting,
    Starting,
    Running,
    FailedToStart,
    Exited,
    Finished,
}
