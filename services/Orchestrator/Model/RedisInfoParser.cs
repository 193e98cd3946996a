namespace GameDay.Orchestrator.Model;

/// Reads `used_memory` and `maxmemory` from the text of `INFO memory`.
public static class RedisInfoParser
{
    public static (long UsedBytes, long MaxBytes) ParseMemory(string info)
    {
        long? used = null;
        long max = 0;
        foreach (var line in info.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var colon = line.IndexOf(':');
            if (colon <= 0 || line[0] == '#') continue;
            var key = line[..colon];
            if (key == "used_memory" && long.TryParse(line[(colon + 1)..], out var u)) used = u;
            else if (key == "maxmemory" && long.TryParse(line[(colon + 1)..], out var m)) max = m;
        }
        return used is { } bytes ? (bytes, max) : throw new FormatException("INFO memory has no used_memory field.");
    }
}
