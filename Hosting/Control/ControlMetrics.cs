using System.Globalization;
using System.Text;

namespace GameDay.Hosting.Control;

/// The AppHost's resource view in Prometheus text format 0.0.4 (docs/metrics-contract.md, job `apphost`): a handful of
/// series, written by hand rather than through a metrics library.
internal static class ControlMetrics
{
    public const string ContentType = "text/plain; version=0.0.4; charset=utf-8";

    public static string Render(IReadOnlyList<ResourceSnapshot> snapshots, DiskSpace? disk)
    {
        var text = new StringBuilder();
        PerResource(text, "gameday_resource_up", "gauge", "1 when the resource's process is running (paused included).", snapshots,
            s => s.State == ResourceState.Running);
        PerResource(text, "gameday_resource_healthy", "gauge", "1 when the resource is running and its health check passes.", snapshots,
            s => s.IsHealthy);
        PerResource(text, "gameday_resource_warming_up", "gauge",
            "1 from a requested start or restart until the new process passes its health check (at most 30 s after its launch).", snapshots,
            s => s.WarmingUp);
        PerResource(text, "gameday_resource_paused", "gauge", "1 when the resource's process is stopped with SIGSTOP.", snapshots,
            s => s.Paused);
        Header(text, "gameday_resource_restarts_total", "counter", "Starts of the resource after its first one.");
        foreach (var s in snapshots)
        {
            Sample(text, "gameday_resource_restarts_total", $"resource=\"{Escape(s.Name)}\"", s.Restarts);
        }

        Header(text, "gameday_resource_crashes_total", "counter", "Exits of the resource's process that no stop or restart asked for.");
        foreach (var s in snapshots)
        {
            Sample(text, "gameday_resource_crashes_total", $"resource=\"{Escape(s.Name)}\"", s.Crashes);
        }

        Header(text, "gameday_resource_state", "gauge", "1 for the resource's current state, 0 for the others.");
        foreach (var s in snapshots)
        {
            foreach (var state in Enum.GetValues<ResourceState>())
            {
                Sample(text, "gameday_resource_state", $"resource=\"{Escape(s.Name)}\",state=\"{state}\"", s.State == state ? 1 : 0);
            }
        }

        if (disk is not null)
        {
            Header(text, "gameday_data_disk_free_bytes", "gauge", "Bytes available to the AppHost on the filesystem of its data directory.");
            Sample(text, "gameday_data_disk_free_bytes", null, disk.FreeBytes);
            Header(text, "gameday_data_disk_size_bytes", "gauge", "Size in bytes of the filesystem of the AppHost's data directory.");
            Sample(text, "gameday_data_disk_size_bytes", null, disk.SizeBytes);
        }

        return text.ToString();
    }

    private static void PerResource(
        StringBuilder text, string name, string type, string help, IReadOnlyList<ResourceSnapshot> snapshots, Func<ResourceSnapshot, bool> value)
    {
        Header(text, name, type, help);
        foreach (var s in snapshots)
        {
            Sample(text, name, $"resource=\"{Escape(s.Name)}\"", value(s) ? 1 : 0);
        }
    }

    private static void Header(StringBuilder text, string name, string type, string help) =>
        text.Append(CultureInfo.InvariantCulture, $"# HELP {name} {help}\n# TYPE {name} {type}\n");

    private static void Sample(StringBuilder text, string name, string? labels, long value) =>
        text.Append(CultureInfo.InvariantCulture, $"{name}{(labels is null ? "" : "{" + labels + "}")} {value}\n");

    private static string Escape(string value) =>
        value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)
            .Replace("\n", "\\n", StringComparison.Ordinal);
}
