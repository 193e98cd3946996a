using System.Globalization;

namespace GameDay.Hosting.Cli;

/// Plain left-aligned columns, like `docker compose ps`.
internal static class Table
{
    public static void Write(TextWriter output, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows)
    {
        var all = new List<IReadOnlyList<string>> { headers };
        all.AddRange(rows);
        var widths = headers.Select((_, i) => all.Max(r => r[i].Length)).ToArray();
        foreach (var row in all)
        {
            output.WriteLine(string.Join("  ", row.Select((cell, i) => cell.PadRight(widths[i]))).TrimEnd());
        }
    }

    /// `docker compose ps` with `docker stats`' CPU and memory beside it (the process and its children).
    public static void WriteResources(TextWriter output, IEnumerable<ResourceSnapshot> snapshots) =>
        Write(output, ["RESOURCE", "STATE", "HEALTH", "PID", "CPU", "MEM", "RESTARTS", "URL"], snapshots.Select(s => (IReadOnlyList<string>)
        [
            s.Name,
            s.State + (s.Paused ? " (paused)" : "") + (s.ExitCode is { } code && s.State != ResourceState.Running ? $" ({code})" : ""),
            s.WarmingUp && s.Health != HealthStatus.Healthy ? "Starting" : s.Health?.ToString() ?? "-",
            s.Pid?.ToString(CultureInfo.InvariantCulture) ?? "-",
            s.Usage?.CpuText() ?? "-",
            s.Usage?.MemoryText() ?? "-",
            s.Restarts.ToString(CultureInfo.InvariantCulture),
            s.Endpoints.FirstOrDefault()?.Url ?? "",
        ]));
}
