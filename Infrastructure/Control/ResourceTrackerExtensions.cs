using Aspire.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace GameDay.Infrastructure.Control;

public static class ResourceTrackerExtensions
{
    /// Tracks every resource of the application from its start (ResourceTracker), as a service of the AppHost.
    public static IDistributedApplicationBuilder AddResourceTracker(this IDistributedApplicationBuilder builder)
    {
        builder.Services.AddSingleton<ResourceTracker>();
        builder.Services.AddHostedService(services => services.GetRequiredService<ResourceTracker>());
        return builder;
    }
}
