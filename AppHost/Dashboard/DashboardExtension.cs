using GameDay.AppHost.Dashboard.Components;
using GameDay.AppHost.Dashboard.Drills;
using GameDay.AppHost.Dashboard.Sources;
using GameDay.Contracts;
using GameDay.Hosting;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.Routing;
using Microsoft.FluentUI.AspNetCore.Components;

namespace GameDay.AppHost.Dashboard;

public static class DashboardExtensions
{
    /// The dashboard on the control API's address (Aspire's port 18888), behind the run's admin token.
    public static DistributedApplicationBuilder AddDashboard(this DistributedApplicationBuilder builder)
    {
        var resources = builder.Resources.Select(r => r.Name).ToList();
        return builder.AddExtension(new DashboardExtension(builder.Options, resources));
    }
}

/// Blazor (interactive server) pages with FluentUI components, served by the AppHost's control API server. The
/// pages read and act through the same APIs as the CLI (StackSources), so that what they show is what a runbook's
/// commands show.
internal sealed class DashboardExtension(DistributedApplicationOptions options, IReadOnlyList<string> resources) : IAppHostExtension
{
    public void MapEndpoints(RouteGroupBuilder api, IStackControl stack)
    {
    }

    public Task StartAsync(IStackControl stack, CancellationToken ct) => Task.CompletedTask;

    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;

    public void ConfigureWeb(WebApplicationBuilder builder, IStackControl stack)
    {
        // The static assets and the JS initializers the pages load (FluentUI's web components) are found by the
        // application's name: the AppHost's, also under a test host.
        builder.Environment.ApplicationName = typeof(DashboardExtension).Assembly.GetName().Name!;
        DashboardAssets.Use(builder.WebHost);
        // Detailed errors: the dashboard is on loopback behind the admin token, and its users debug drills.
        builder.Services.AddRazorComponents().AddInteractiveServerComponents(o => o.DetailedErrors = true);
        builder.Services.AddFluentUIComponents();
        // Keys live in memory as long as the run: a browser signs in again after a restart anyway (a new admin
        // token). Nothing is written to disk, so the key manager's "no XML encryptor" warning does not apply.
        builder.Services.AddDataProtection();
        builder.Services.Configure<KeyManagementOptions>(o => o.XmlRepository = new MemoryKeyRepository());
        builder.Logging.AddFilter("Microsoft.AspNetCore.DataProtection.KeyManagement.XmlKeyManager", LogLevel.Error);
        builder.Services.AddSingleton(stack);
        builder.Services.AddSingleton<StackSources>();
        builder.Services.AddSingleton(s => new Prometheus(s.GetRequiredService<StackSources>().Client(ResourceNames.Prometheus)));
        builder.Services.AddSingleton<TradingReader>();
        builder.Services.AddSingleton<IncidentsReader>();
        builder.Services.AddSingleton(s => new DrillConsole(stack, RepositoryRoot(), resources));
        builder.Services.AddScoped<DashboardUser>();
    }

    public void MapWeb(WebApplication app, IStackControl stack)
    {
        var drills = app.Services.GetRequiredService<DrillConsole>();
        app.Lifetime.ApplicationStopping.Register(() => drills.AbortForShutdown(TimeSpan.FromSeconds(60)));
        app.UseAntiforgery();
        app.MapStaticAssets(DashboardAssets.EndpointsManifest);
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
    }

    private string RepositoryRoot() => options.RepositoryRoot ?? RepositoryLocator.Find()
        ?? throw new InvalidOperationException("GameDay.sln not found above the current directory or the AppHost's binaries.");
}
