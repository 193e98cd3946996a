using GameDay.Hosting.Runtime;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GameDay.Hosting.Control;

/// The AppHost's loopback control API: what the dashboard commands are in Aspire, for the CLI and tests.
internal sealed class ControlApi(
    IStackControl stack, IControlSources sources, string adminToken, Action requestShutdown, IReadOnlyList<IAppHostExtension> extensions) : IAsyncDisposable
{
    private readonly OperatorActions operatorActions = new(stack.Time);
    private WebApplication? app;

    public string Url { get; private set; } = "";

    public async Task StartAsync(int port, CancellationToken ct)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        // Only what needs a person's attention (a dashboard circuit's error, a failed request), as the AppHost's own lines.
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.ConfigureKestrel(k => k.Listen(System.Net.IPAddress.Loopback, port));
        builder.Services.AddProblemDetails();
        foreach (var extension in extensions) extension.ConfigureWeb(builder, stack);
        app = builder.Build();
        app.Use(async (context, next) =>
        {
            if (await DashboardSignIn.TryHandleAsync(context, adminToken)) return;
            if (!AdminTokenCheck.Authorized(adminToken, context.Request))
            {
                if (DashboardSignIn.WantsPage(context.Request))
                {
                    await DashboardSignIn.RefuseAsync(context, StatusCodes.Status401Unauthorized, null);
                    return;
                }
                await Results.Problem(statusCode: 401, title: "Unauthorized",
                        detail: $"Missing or wrong {AdminTokenCheck.Header} header (or Authorization: Bearer token).")
                    .ExecuteAsync(context);
                return;
            }

            await next(context);
        });
        var api = app.MapGroup("/api");
        Map(api);
        foreach (var extension in extensions) extension.MapEndpoints(api, stack);
        app.MapGet("/metrics", () => Results.Text(
            ControlMetrics.Render(stack.Snapshots(), DiskSpace.Of(sources.DiskDirectory)), ControlMetrics.ContentType));
        foreach (var extension in extensions) extension.MapWeb(app, stack);
        await app.StartAsync(ct);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Url = address.Replace("[::1]", "127.0.0.1", StringComparison.Ordinal);
    }

    public async ValueTask DisposeAsync()
    {
        if (app is not null)
        {
            await app.StopAsync(CancellationToken.None);
            await app.DisposeAsync();
        }
    }

    private void Map(RouteGroupBuilder api)
    {
        api.MapGet("/resources", () => TypedResults.Ok(stack.Snapshots()));
        api.MapGet("/resources/{name}", (string name) => Find(name) is { } snapshot
            ? Results.Ok(snapshot)
            : NotFound(name));
        api.MapPost("/resources/{name}/commands/{command}", async (string name, string command, HttpRequest request, CancellationToken ct) =>
        {
            var result = await stack.ExecuteCommandAsync(name, command, ct);
            if (result.Outcome is not (CommandOutcome.UnknownResource or CommandOutcome.UnknownCommand))
            {
                operatorActions.Record(name, command, result.Outcome == CommandOutcome.Succeeded, result.Message, ActorOf(request));
            }
            return result.Outcome switch
            {
                CommandOutcome.Succeeded => Results.Ok(result),
                CommandOutcome.UnknownResource => NotFound(name),
                CommandOutcome.UnknownCommand => Results.Problem(statusCode: 400, title: "Unknown command", detail: result.Message),
                _ => Results.Problem(statusCode: 409, title: "Command not valid now", detail: result.Message),
            };
        });
        api.MapGet("/resources/{name}/logs", async (string name, int? tail, CancellationToken ct) =>
            await sources.LogTailAsync(name, Math.Clamp(tail ?? 100, 1, IControlSources.LogCapacity), ct) is { } lines
                ? Results.Ok(lines)
                : NotFound(name));
        api.MapGet("/resources/{name}/connections", (string name) => stack.Proxy(name) is { } proxy
            ? Results.Ok(proxy.Connections)
            : NotFound(name));
        // Run-time configuration overrides (a config fault's); DELETE restores the declared configuration for the next start.
        api.MapGet("/resources/{name}/config", (string name) => Find(name) is not null
            ? Results.Ok(stack.ConfigOverrides(name))
            : NotFound(name));
        api.MapDelete("/resources/{name}/config", (string name, HttpRequest request) =>
        {
            if (Find(name) is null) return NotFound(name);
            var removed = stack.ConfigOverrides(name).Keys.ToList();
            foreach (var key in removed) stack.ClearConfigOverride(name, key);
            operatorActions.Record(name, "restore-config", true, removed.Count == 0 ? "nothing to restore" : $"restored {string.Join(", ", removed)}",
                ActorOf(request));
            return Results.Ok(new { resource = name, restored = removed });
        });
        // What was done through this API since a time (ISO 8601), oldest first: resource commands and configuration restores.
        api.MapGet("/actions", (DateTimeOffset? since) => Results.Ok(operatorActions.Since(since)));
        api.MapGet("/env", () => Results.Text(string.Join('\n', sources.EnvExports(Url)) + "\n"));
        api.MapPost("/shutdown", () =>
        {
            requestShutdown();
            return Results.Accepted();
        });
    }

    private ResourceSnapshot? Find(string name) => stack.Snapshots().FirstOrDefault(s => s.Name == name);

    private static string ActorOf(HttpRequest request) => OperatorActions.Actor(request.Headers[OperatorActions.ActorHeader]);

    private static IResult NotFound(string name) =>
        Results.Problem(statusCode: 404, title: "Unknown resource", detail: $"No resource named '{name}'.");
}
