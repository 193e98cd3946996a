using System.Text.Json;

namespace GameDay.Hosting.Runtime;

/// run/state.json: how CLI verbs find the running stack (mode 0600: it holds connection strings).
public sealed record StackState(
    int AppHostPid,
    string ControlUrl,
    DateTimeOffset StartedAt,
    IReadOnlyDictionary<string, string> Endpoints,
    IReadOnlyDictionary<string, string> ConnectionStrings)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public void Write(string path) => Modes.WritePrivate(path, JsonSerializer.Serialize(this, Json));

    public static StackState? TryRead(string path)
    {
        try
        {
            return File.Exists(path) ? JsonSerializer.Deserialize<StackState>(File.ReadAllText(path), Json) : null;
        }
        catch (Exception e) when (e is IOException or JsonException)
        {
            return null;
        }
    }
}
