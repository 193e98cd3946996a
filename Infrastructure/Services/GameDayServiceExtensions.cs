using System.Reflection;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using GameDay.Infrastructure.Proxies;
using Microsoft.Extensions.DependencyInjection;

namespace GameDay.Infrastructure.Services;

public static class GameDayServiceExtensions
{
    public const string EndpointName = "http";

    /// A service of the trading stack, run by DCP from its build output rather than through `dotnet run`, whose MSBuild
    /// evaluation made every start take ~3 s more: a restart then outlasted ServiceDown's `for: 3s` and paged. It listens
    /// on loopback only, reports healthy on `/health`, and gets the run's admin token, market seed and epoch.
    /// `port` is the public port (its fault proxy's); null takes a free one.
    public static IResourceBuilder<ProjectResource> AddGameDayService<TProject>(this IDistributedApplicationBuilder builder,
        string name, TradingRun run, int? port = null)
        where TProject : IProjectMetadata, new()
    {
        var service = builder.AddProject<TProject>(name, options => options.ExcludeLaunchProfile = true)
            .WithProxiedEndpoint(EndpointName, "http", port)
            .WithHttpHealthCheck("/health", endpointName: ProxiedEndpointExtensions.TargetName(EndpointName));
        if (builder.ExecutionContext.IsRunMode)
        {
            var projectPath = new TProject().ProjectPath;
            var configuration = builder.AppHostAssembly?.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
            var program = BuiltProgram.PathOf(projectPath, configuration);
            if (!File.Exists(program))
            {
                throw new InvalidOperationException($"{program} does not exist: build the AppHost first (dotnet build -c {configuration}).");
            }

            // The project's directory is the content root, as under `dotnet run`, so its appsettings*.json resolve.
            service.WithAnnotation(new ExecutableAnnotation { Command = program, WorkingDirectory = Path.GetDirectoryName(projectPath)! },
                ResourceAnnotationMutationBehavior.Replace);
        }

        var target = service.GetEndpoint(ProxiedEndpointExtensions.TargetName(EndpointName));
        return service.WithEnvironment(context =>
        {
            context.EnvironmentVariables["ASPNETCORE_URLS"] = ReferenceExpression.Create($"http://127.0.0.1:{target.Property(EndpointProperty.TargetPort)}");
            context.EnvironmentVariables["DOTNET_ENVIRONMENT"] = "Development";
            context.EnvironmentVariables["ASPNETCORE_ENVIRONMENT"] = "Development";
            context.EnvironmentVariables["LOGGING__CONSOLE__FORMATTERNAME"] = "simple";
            context.EnvironmentVariables["ADMIN_TOKEN"] = run.AdminToken;
            context.EnvironmentVariables["Market__Seed"] = run.Seed.ToString(System.Globalization.CultureInfo.InvariantCulture);
            context.EnvironmentVariables["Market__Epoch"] = run.EpochText;
            // Without a dashboard nothing receives OTLP, and the exporter's retries at shutdown kept a stopping service
            // alive for ~6 s: a restart then paged as a crash.
            if (context.ExecutionContext.Services.GetService<DistributedApplicationOptions>() is { DisableDashboard: true })
            {
                context.EnvironmentVariables.Remove("OTEL_EXPORTER_OTLP_ENDPOINT");
            }
        });
    }
}
