using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace GameDay.Infrastructure.Control;

public static class ResourceTrackerExtensions
{
    /// Tracks every resource of the application from its start (ResourceTracker), as a service of the AppHost.
    public static IDistributedApplicationBuilder AddResourceTracker(this IDistributedApplicationBuilder builder)
    {
        if (builder.Services.Any(s => s.ServiceType == typeof(ResourceTracker))) return builder;
        builder.Services.AddSingleton(services => new ResourceTracker(
            services.GetRequiredService<ResourceNotificationService>(), services.GetRequiredService<ResourceCommandService>(),
            services.GetRequiredService<HealthCheckService>(), services.GetService<TimeProvider>() ?? TimeProvider.System));
        builder.Services.AddHostedService(services => services.GetRequiredService<ResourceTracker>());
        return builder;
    }
}
