using GameDay.Hosting.Health;
using GameDay.Hosting.Runtime;

namespace GameDay.Hosting;

/// A .NET service run from its build output: `dotnet artifacts/bin/<Project>/<config>/<Project>.dll`.
public sealed class ProjectResource : Resource
{
    internal ProjectResource(string name, string projectPath, int? port)
        : base(name)
    {
        ProjectPath = projectPath;
        Endpoint = new Endpoint("http", "http", port);
    }

    public override string Type => "Project";

    /// Relative to the repository root, e.g. services/Broker/GameDay.Broker.csproj.
    public string ProjectPath { get; }

    public string ProjectName => Path.GetFileNameWithoutExtension(ProjectPath);

    internal string AssemblyPath(RunSettings run) =>
        Path.Combine(run.RepositoryRoot, "artifacts", "bin", ProjectName, run.Configuration, ProjectName + ".dll");

    internal override Task<LaunchSpec> PrepareAsync(LaunchContext context, CancellationToken ct)
    {
        var dll = AssemblyPath(context.Run);
        if (!File.Exists(dll))
        {
            throw new LaunchException($"{dll} does not exist: build first (dotnet build AppHost -c {context.Run.Configuration}).");
        }

        // The project directory is the content root, as under Aspire, so appsettings*.json resolve the same way.
        var projectDir = Path.GetDirectoryName(Path.Combine(context.Run.RepositoryRoot, ProjectPath))!;
        if (Environment.Values.Any(v => v.Contains("{data}", StringComparison.Ordinal)))
        {
            Directory.CreateDirectory(context.Run.Paths.ResourceData(Name));
        }
        var env = EnvironmentBuilder.ForProject(context.InheritedEnvironment, this, context.Run, context.TargetPort, context.InstanceId, context.ControlUrl);
        return Task.FromResult(new LaunchSpec(
            DotnetHost.Resolve(), [dll], env, Directory.Exists(projectDir) ? projectDir : Path.GetDirectoryName(dll)!));
    }

    internal override IHealthProbe CreateHealthProbe(int targetPort) => new HttpHealthProbe(targetPort, "/health");
}
