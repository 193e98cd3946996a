using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using IAppHostExtension = GameDay.Hosting.IAppHostExtension;
using GameDay.Hosting.Control;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace GameDay.Infrastructure.Control;

public static class ControlApiExtensions
{
    /// GameDay's control API (what the CLI, the tests and Prometheus's `apphost` job read; resource commands, configuration
    /// restores, connections) on a loopback port of the AppHost, behind the run's admin token. It listens from
    /// BeforeStartEvent, so that resources can be given its URL, and stops when the application is disposed. Needs
    /// AddStackControl first (its BeforeStartEvent resolves the token). `port` 0 takes a free one.
    public static IDistributedApplicationBuilder AddControlApi(this IDistributedApplicationBuilder builder, int port = 0)
    {
        builder.Services.AddSingleton(services => new ControlApiHost(
            services.GetRequiredService<AspireStackControl>(), services.GetRequiredService<IHostApplicationLifetime>(),
            [.. services.GetServices<IAppHostExtension>()]));
        builder.Eventing.Subscribe<BeforeStartEvent>((e, ct) => e.Services.GetRequiredService<ControlApiHost>().StartAsync(port, ct));
        return builder;
    }

    /// A part of the AppHost that lives with the stack (the fault engine, the console): its routes on the control API
    /// (AddControlApi), started once the resources are created, stopped before they are (hosted services stop in
    /// reverse order, Aspire's orchestration among the first registered), so that it can revert what it changed.
    public static IDistributedApplicationBuilder AddAppHostExtension(this IDistributedApplicationBuilder builder, IAppHostExtension extension)
    {
        builder.Services.AddSingleton(extension);
        builder.Services.AddHostedService(services => new ExtensionLifetime(extension));
        builder.Eventing.Subscribe<AfterResourcesCreatedEvent>((e, ct) =>
            extension.StartAsync(e.Services.GetRequiredService<AspireStackControl>(), ct));
        return builder;
    }

    /// GAMEDAY_CONTROL_URL: the control API's URL, for a resource that acts through it (the incident responder).
    public static IResourceBuilder<T> WithControlUrl<T>(this IResourceBuilder<T> builder)
        where T : IResourceWithEnvironment =>
        builder.WithEnvironment(context => context.EnvironmentVariables["GAMEDAY_CONTROL_URL"] =
            context.ExecutionContext.Services.GetRequiredService<AspireStackControl>().ControlUrl);

    private sealed class ExtensionLifetime(IAppHostExtension extension) : IHostedService
    {
        public Task StartAsync(CancellationToken ct) => Task.CompletedTask;

        public Task StopAsync(CancellationToken ct) => extension.StopAsync(ct);
    }

    private sealed class ControlApiHost(AspireStackControl control, IHostApplicationLifetime lifetime, IReadOnlyList<IAppHostExtension> extensions)
        : IAsyncDisposable
    {
        private ControlApi? api;

        public async Task StartAsync(int port, CancellationToken ct)
        {
            api = new ControlApi(control, control, control.AdminToken, lifetime.StopApplication, extensions);
            await api.StartAsync(port, ct);
            control.ControlUrl = api.Url;
        }

        public ValueTask DisposeAsync() => api?.DisposeAsync() ?? ValueTask.CompletedTask;
    }
}
