using System.Text;
using System.Text.Json;
using GameDay.Contracts;

namespace GameDay.Integration.Tests;

/// What each stage between a resource's fault and its incident saw, for a failure message: Prometheus (the AppHost's
/// scrapes, the resource's health series, its alerts), the notifications Alertmanager sent to the stack's webhook,
/// and the responder's newest incidents of the resource. Each stage that cannot be read says why instead.
internal static class AlertPipeline
{
    private static readonly string[] Queries =
    [
        "up{job=\"apphost\"}",
        "count_over_time(up{job=\"apphost\"}[1m]) - sum_over_time(up{job=\"apphost\"}[1m])",
        "max_over_time(scrape_duration_seconds{job=\"apphost\"}[1m])",
        "gameday_resource_healthy{resource=\"{0}\"}",
        "gameday_resource_warming_up{resource=\"{0}\"}",
        "ALERTS{resource=\"{0}\"}",
        "ALERTS{alertname=~\"RedisDown|PostgresDown|CompleteOutage\"}",
    ];

    public static async Task<string> DescribeAsync(StackFixture stack, string resource)
    {
        var text = new StringBuilder($"alert pipeline for {resource}:\n");
        foreach (var query in Queries.Select(q => q.Replace("{0}", resource, StringComparison.Ordinal)))
        {
            text.Append("  prometheus ").Append(query).Append(" = ").AppendLine(await TryAsync(async () =>
                "[" + string.Join("; ", (await PrometheusQuery.SamplesAsync(stack, query)).Select(s => $"{Labels(s.Metric)} {s.Value}")) + "]"));
        }

        var since = stack.Alerts.Now - TimeSpan.FromMinutes(3);
        foreach (var alert in stack.Alerts.Alerts.Where(a => a.ReceivedAt >= since && a.Label("resource") == resource))
        {
            text.AppendLine($"  webhook at -{(stack.Alerts.Now - alert.ReceivedAt).TotalSeconds:0.0}s: {alert.Name} {alert.Status}");
        }

        using var responder = stack.App.CreateHttpClient(ResourceNames.IncidentResponder);
        text.Append("  responder incidents: ").AppendLine(await TryAsync(async () => string.Join("; ",
            (await ResponderApi.IncidentsAsync(responder))
                .Where(i => i.GetProperty("resource").GetString() == resource).Take(5)
                .Select(i => $"#{i.GetProperty("id").GetInt64()} {i.GetProperty("runbook").GetString()} {i.GetProperty("state").GetString()}"))));
        return text.ToString();
    }

    private static string Labels(JsonElement metric) =>
        "{" + string.Join(",", metric.EnumerateObject().Where(p => p.Name != "__name__").Select(p => $"{p.Name}={p.Value.GetString()}")) + "}";

    private static async Task<string> TryAsync(Func<Task<string>> read)
    {
        try
        {
            return await read();
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or JsonException or InvalidOperationException or KeyNotFoundException)
        {
            return $"unreadable: {e.Message}";
        }
    }
}
