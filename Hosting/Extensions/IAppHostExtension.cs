using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace GameDay.Hosting;

/// A part of the AppHost that lives as long as the stack (the chaos fault engine, the dashboard): it adds routes to the
/// control API and starts after the resources; it stops before them (so that it can revert what it changed).
public interface IAppHostExtension
{
    void MapEndpoints(RouteGroupBuilder api, IStackControl stack);

    Task StartAsync(IStackControl stack, CancellationToken ct);

    Task StopAsync(CancellationToken ct);

    /// Services the extension's pages need on the control API's web server (the dashboard's components).
    void ConfigureWeb(WebApplicationBuilder builder, IStackControl stack)
    {
    }

    /// Endpoints outside /api (the dashboard's pages), behind the same admin token as the API.
    void MapWeb(WebApplication app, IStackControl stack)
    {
    }
}
