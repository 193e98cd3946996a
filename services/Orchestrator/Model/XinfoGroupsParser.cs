using StackExchange.Redis;

namespace GameDay.Orchestrator.Model;

/// Reads the reply of `XINFO GROUPS <stream>`: one flat name/value list per group (RESP2 array
/// or RESP3 map, which StackExchange.Redis flattens the same way).
public static class XinfoGroupsParser
{
    public static IReadOnlyList<StreamGroupSample> Parse(RedisResult reply)
    {
        if (reply.IsNull) return [];
        var groups = new List<StreamGroupSample>();
        foreach (var group in (RedisResult[])reply!)
        {
            var fields = (RedisResult[])group!;
            string? name = null;
            long pending = 0;
            long? lag = null;
            for (var i = 0; i + 1 < fields.Length; i += 2)
            {
                var value = fields[i + 1];
                switch ((string?)fields[i])
                {
                    case "name": name = (string?)value; break;
                    case "pending": pending = (long)value; break;
                    case "lag": lag = value.IsNull ? null : (long)value; break;
                }
            }
            if (name is not null) groups.Add(new StreamGroupSample(name, pending, lag));
        }
        return groups;
    }
}
