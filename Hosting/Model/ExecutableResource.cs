using System.Globalization;
using GameDay.Hosting.Health;
using GameDay.Hosting.Runtime;

namespace GameDay.Hosting;

/// Any local program. Arguments may contain `{port}` (the target port) and `{data}` (its data directory).
public sealed class ExecutableResource(string name, string command, string workingDirectory, IReadOnlyList<string> args)
    : Resource(name)
{
    public override string Type => "Executable";

    public string Command { get; } = command;

    public string WorkingDirectory { get; } = workingDirectory;

    public IReadOnlyList<string> Arguments { get; } = args;

    /// Variable that receives the target port (null: only the `{port}` placeholder carries it).
    public string? PortEnvironmentVariable { get; private set; }

    /// Without a health path the resource is Healthy as soon as it runs.
    public string? HealthPath { get; private set; }

    internal void SetHttpEndpoint(int? port, string? portVariable)
    {
        Endpoint = new Endpoint("http", "http", port);
        PortEnvironmentVariable = portVariable;
    }

    internal void SetHealthPath(string path) => HealthPath = path;

    internal override Task<LaunchSpec> PrepareAsync(LaunchContext context, CancellationToken ct)
    {
        var data = context.Run.Paths.ResourceData(Name);
        Directory.CreateDirectory(data);
        var port = context.TargetPort.ToString(CultureInfo.InvariantCulture);
        var env = EnvironmentBuilder.ForExecutable(context.InheritedEnvironment, this);
        if (PortEnvironmentVariable is not null)
        {
            env[PortEnvironmentVariable] = port;
        }

        var args = Arguments.Select(a => a.Replace("{port}", port, StringComparison.Ordinal).Replace("{data}", data, StringComparison.Ordinal)).ToList();
        return Task.FromResult(new LaunchSpec(Command, args, env, WorkingDirectory));
    }

    internal override IHealthProbe? CreateHealthProbe(int targetPort) =>
        HealthPath is null || Endpoint is null ? null : new HttpHealthProbe(targetPort, HealthPath);
}
