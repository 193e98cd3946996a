using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace GameDay.Chaos.Tests.Fakes;

/// A service's admin API on 127.0.0.1 (Kestrel on a free port) that answers every request with `Status` (and the
/// body set in `Replies` for "METHOD /path", else `{}`) and remembers it: what the faults sent, in order.
internal sealed class AdminListener : IAsyncDisposable
{
    private readonly ConcurrentQueue<RecordedRequest> requests = new();
    private readonly WebApplication app;

    private AdminListener()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        app = builder.Build();
        app.Run(RecordAsync);
    }

    public int Status { get; set; } = StatusCodes.Status200OK;

    public ConcurrentDictionary<string, string> Replies { get; } = new(StringComparer.Ordinal);

    public string Url => app.Urls.First();

    public IReadOnlyList<RecordedRequest> Requests => [.. requests];

    public static async Task<AdminListener> StartAsync()
    {
        var listener = new AdminListener();
        await listener.app.StartAsync();
        return listener;
    }

    public async ValueTask DisposeAsync() => await app.DisposeAsync();

    private async Task RecordAsync(HttpContext http)
    {
        using var reader = new StreamReader(http.Request.Body);
        var body = await reader.ReadToEndAsync(http.RequestAborted);
        requests.Enqueue(new RecordedRequest(http.Request.Method, http.Request.Path.Value ?? "",
            http.Request.Headers["X-Admin-Token"].FirstOrDefault(), http.Request.Headers["X-Forwarded-For"].FirstOrDefault(), body));
        http.Response.StatusCode = Status;
        var reply = Replies.GetValueOrDefault($"{http.Request.Method} {http.Request.Path.Value}") ?? "{}";
        await http.Response.WriteAsync(Status < 400 ? reply : "{\"title\":\"refused by the test\"}", http.RequestAborted);
    }
}
