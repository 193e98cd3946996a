using System.Text.Json.Serialization;

namespace GameDay.Hosting;

[JsonConverter(typeof(JsonStringEnumConverter<CommandOutcome>))]
public enum CommandOutcome
{
    Succeeded,
    InvalidState,
    UnknownCommand,
    UnknownResource,
}
