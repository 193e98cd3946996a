using System.Text.Json;

namespace GameDay.Messaging;

public static class MessageJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static string TypeName<T>() => typeof(T).Name;
}
