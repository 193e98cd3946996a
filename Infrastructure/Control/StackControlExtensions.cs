using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using GameDay.Hosting;
using GameDay.Infrastructure.Proxies;
using GameDay.Infrastructure.Services;
using Microsoft.Extensions.DependencyInjection;

namespace GameDay.Infrastructure.Control;

public static class StackControlExtensions
{
    /// The stack's control (AspireStackControl, also as IStackControl) over the resource tracker, with the run's
    /// settings and data directory. Each resource's environment ends with its configuration overrides: a value replaces
    /// the variable, null removes it, at the resource's next start.
    public static IDistributedApplicationBuilder AddStackControl(this IDistributedApplicationBuilder builder, TradingRun run, string dataDirectory)
    {
        builder.AddResourceTracker();
        builder.Services.AddSingleton(services => new AspireStackControl(
            services.GetRequiredService<ResourceTracker>(), services.GetService<FaultProxies>() ?? new FaultProxies(),
            services.GetRequiredService<DistributedApplicationModel>(), services.GetRequiredService<ResourceLoggerService>(), run,
            Path.GetFullPath(dataDirectory),
            services.GetService<TimeProvider>() ?? TimeProvider.System));
        builder.Services.AddSingleton<IStackControl>(services => services.GetRequiredService<AspireStackControl>());
        // Added when the application starts, so that they come after the callbacks the model declares.
        builder.Eventing.Subscribe<BeforeStartEvent>(async (e, ct) =>
        {
            var control = e.Services.GetRequiredService<AspireStackControl>();
            await control.ResolveAsync(ct);
            foreach (var resource in e.Model.Resources.OfType<IResourceWithEnvironment>())
            {
                resource.Annotations.Add(new EnvironmentCallbackAnnotation(context =>
                {
                    foreach (var (key, value) in control.PendingOverrides(resource.Name))
                    {
                        if (value is null) context.EnvironmentVariables.Remove(key);
                        else context.EnvironmentVariables[key] = value;
                    }
                }));
            }
        });
        return builder;
    }
}
