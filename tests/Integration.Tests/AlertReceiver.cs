using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace GameDay.Integration.Tests;

/// A webhook receiver of our own, standing in for the incident responder: it records every alert
/// of every Alertmanager notification (version 4 payload) with the moment it arrived.
public sealed class AlertReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<ReceivedAlert> _alerts = new();
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    private AlertReceiver(WebApplication app) => _app = app;

    public string Url { get; private set; } = "";

    public static async Task<AlertReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var receiver = new AlertReceiver(builder.Build());
        receiver._app.MapPost("/alerts", async (HttpRequest request) =>
        {
            using var payload = await JsonDocument.ParseAsync(request.Body);
            foreach (var alert in payload.RootElement.GetProperty("alerts").EnumerateArray())
            {
                var labels = alert.GetProperty("labels").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString() ?? "");
                receiver._alerts.Enqueue(new ReceivedAlert(alert.GetProperty("status").GetString()!, labels, receiver._clock.Elapsed));
            }
            return Results.Ok();
        });
        await receiver._app.StartAsync();
        receiver.Url = receiver._app.Urls.Single() + "/alerts";
        return receiver;
    }

    public TimeSpan Now => _clock.Elapsed;

    public IReadOnlyList<ReceivedAlert> Alerts => [.. _alerts];

    /// The first matching alert that arrived after `since`, or null when none came in time.
    public async Task<ReceivedAlert?> WaitForAsync(Func<ReceivedAlert, bool> match, TimeSpan since, TimeSpan timeout)
    {
        var deadline = _clock.Elapsed + timeout;
        while (_clock.Elapsed < deadline)
        {
            var found = _alerts.FirstOrDefault(a => a.ReceivedAt >= since && match(a));
            if (found is not null) return found;
            await Task.Delay(100);
        }
        return null;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}

public sealed record ReceivedAlert(string Status, IReadOnlyDictionary<string, string> Labels, TimeSpan ReceivedAt)
{
    public string Name => Labels.GetValueOrDefault("alertname", "");

    public string? Label(string name) => Labels.GetValueOrDefault(name);
}
