using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Aspire.Hosting;
using Aspire.Hosting.Testing;

namespace GameDay.Infrastructure.Tests;

/// Prometheus and Alertmanager of Debian's packages as Aspire executable resources: Prometheus scrapes itself and
/// Alertmanager, evaluates the rule files, and an alert that fires reaches the webhook through Alertmanager.
public sealed class MonitoringTests : IAsyncLifetime
{
    private readonly InfrastructureApp stack = new();
    private readonly HttpListener webhook = new();
    private string webhookUrl = "";

    public async Task InitializeAsync()
    {
        var port = FreePort();
        webhookUrl = $"http://127.0.0.1:{port}/alerts";
        webhook.Prefixes.Add($"http://127.0.0.1:{port}/");
        webhook.Start();
        Directory.CreateDirectory(Path.Combine(stack.Data, "rules"));
        await File.WriteAllTextAsync(Path.Combine(stack.Data, "rules", "always.yml"),
            """
            groups:
              - name: test
                rules:
                  - alert: AlwaysFiring
                    expr: vector(1)
                    labels: { severity: P3 }
            """);
        await stack.StartAsync($"--Infrastructure:AlertWebhook={webhookUrl}");
    }

    public async Task DisposeAsync()
    {
        webhook.Close();
        await stack.DisposeAsync();
    }

    [Fact]
    public async Task PrometheusScrapesAlertmanagerAndItsAlertReachesTheWebhook()
    {
        using var prometheus = stack.App.CreateHttpClient("prometheus", "http");
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (!await UpAsync(prometheus, "alertmanager"))
        {
            Assert.True(DateTime.UtcNow < deadline, "Prometheus did not scrape Alertmanager within 60 s");
            await Task.Delay(500);
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var context = await webhook.GetContextAsync().WaitAsync(timeout.Token);
        using var body = await JsonDocument.ParseAsync(context.Request.InputStream);
        context.Response.Close();
        Assert.Equal("POST", context.Request.HttpMethod);
        Assert.Contains(body.RootElement.GetProperty("alerts").EnumerateArray(),
            a => a.GetProperty("labels").GetProperty("alertname").GetString() == "AlwaysFiring");
    }

    private static async Task<bool> UpAsync(HttpClient prometheus, string job)
    {
        using var answer = await prometheus.GetFromJsonAsync<JsonDocument>($"/api/v1/query?query=up%7Bjob%3D%22{job}%22%7D");
        return answer!.RootElement.GetProperty("data").GetProperty("result").EnumerateArray()
            .Any(r => r.GetProperty("value")[1].GetString() == "1");
    }

    private static int FreePort()
    {
        using var socket = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }
}
