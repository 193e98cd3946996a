using System.Reflection;
using GameDay.Hosting.Cli;
using GameDay.Hosting.Testing;

namespace GameDay.Hosting;

/// The built app. Run() is the CLI (`up` by default); under the testing builder it hands itself to the test instead.
public sealed class DistributedApplication
{
    internal DistributedApplication(
        DistributedApplicationOptions options, IReadOnlyList<Resource> resources, IReadOnlyList<CliCommand> commands,
        IReadOnlyList<IAppHostExtension> extensions)
    {
        Options = options;
        Resources = resources;
        Commands = commands;
        Extensions = extensions;
    }

    public DistributedApplicationOptions Options { get; }

    public IReadOnlyList<Resource> Resources { get; }

    internal IReadOnlyList<CliCommand> Commands { get; }

    internal IReadOnlyList<IAppHostExtension> Extensions { get; }

    public static DistributedApplicationBuilder CreateBuilder(string[] args)
    {
        var options = new DistributedApplicationOptions { Args = args, AppAssembly = Assembly.GetEntryAssembly() };
        CliArguments.ApplyRunOptions(CliArguments.Parse(args), options);
        TestingSession.Current?.Apply(options);
        return new DistributedApplicationBuilder(options);
    }

    public void Run() => Environment.ExitCode = RunAsync().GetAwaiter().GetResult();

    public async Task<int> RunAsync(CancellationToken ct = default)
    {
        if (TestingSession.Current is { } session)
        {
            return await session.HandOverAsync(this);
        }

        return await CliHost.RunAsync(this, CliArguments.Parse(Options.Args), ct);
    }
}
