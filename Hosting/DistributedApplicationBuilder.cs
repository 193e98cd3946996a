using GameDay.Hosting.Cli;

namespace GameDay.Hosting;

/// Declares the topology, as Aspire's IDistributedApplicationBuilder does; Build() runs nothing yet.
public sealed class DistributedApplicationBuilder
{
    private readonly List<Resource> resources = [];
    private readonly List<CliCommand> commands = [];
    private readonly List<IAppHostExtension> extensions = [];

    internal DistributedApplicationBuilder(DistributedApplicationOptions options)
    {
        Options = options;
    }

    public DistributedApplicationOptions Options { get; }

    public IReadOnlyList<Resource> Resources => resources;

    public IResourceBuilder<T> AddResource<T>(T resource)
        where T : Resource
    {
        if (resources.Any(r => r.Name == resource.Name))
        {
            throw new InvalidOperationException($"A resource named '{resource.Name}' already exists.");
        }

        resources.Add(resource);
        return new ResourceBuilder<T>(resource, this);
    }

    /// `projectPath` is relative to the repository root; `port` is the fixed public (proxy) port for `up`.
    public IResourceBuilder<ProjectResource> AddProject(string name, string projectPath, int? port = null) =>
        AddResource(new ProjectResource(name, projectPath, port));

    public IResourceBuilder<ExecutableResource> AddExecutable(string name, string command, string workingDirectory, params string[] args) =>
        AddResource(new ExecutableResource(name, command, workingDirectory, args));

    public IResourceBuilder<PostgresServerResource> AddPostgres(string name, int? port = null) =>
        AddResource(new PostgresServerResource(name, port));

    public IResourceBuilder<RedisResource> AddRedis(string name, int? port = null) =>
        AddResource(new RedisResource(name, port));

    /// Scrapes every project, the AppHost and itself; its configuration is generated from the topology at launch.
    public IResourceBuilder<PrometheusResource> AddPrometheus(string name, int? port = null) =>
        AddResource(new PrometheusResource(name, port));

    /// Posts alerts to DistributedApplicationOptions.AlertWebhookUrl.
    public IResourceBuilder<AlertmanagerResource> AddAlertmanager(string name, int? port = null) =>
        AddResource(new AlertmanagerResource(name, port));

    /// An extra CLI verb (e.g. `check`); it gets the running stack through CliContext.
    public DistributedApplicationBuilder AddCliCommand(
        string name, string description, Func<CliContext, string[], CancellationToken, Task<int>> handler)
    {
        commands.Add(new CliCommand(name, description, handler));
        return this;
    }

    /// A part of the AppHost that lives with the stack (routes on the control API, started after the resources).
    public DistributedApplicationBuilder AddExtension(IAppHostExtension extension)
    {
        extensions.Add(extension);
        return this;
    }

    public DistributedApplication Build() => new(Options, resources.ToList(), commands.ToList(), extensions.ToList());
}
