using System.Net.Http.Json;
using System.Text.Json;
using GameDay.Contracts;

namespace GameDay.Integration.Tests;

/// An instant query against the stack's Prometheus: each series' labels and value.
internal static class PrometheusQuery
{
    public static async Task<List<(JsonElement Metric, string Value)>> SamplesAsync(StackFixture stack, string query)
    {
        using var prometheus = stack.App.CreateHttpClient(ResourceNames.Prometheus);
        return [.. (await prometheus.GetFromJsonAsync<JsonElement>($"/api/v1/query?query={Uri.EscapeDataString(query)}"))
            .GetProperty("data").GetProperty("result").EnumerateArray()
            .Select(s => (s.GetProperty("metric").Clone(), s.GetProperty("value")[1].GetString()!))];
    }
}
