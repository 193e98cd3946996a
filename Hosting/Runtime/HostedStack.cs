using GameDay.Hosting.Control;
using GameDay.Hosting.Processes;

namespace GameDay.Hosting.Runtime;

/// One running stack: admin token, proxies, control API, state file and resources — shared by `up` and tests.
internal sealed class HostedStack : IAsyncDisposable
{
    private readonly TaskCompletionSource shutdownRequested = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private readonly IReadOnlyList<IAppHostExtension> extensions;

    private HostedStack(AppRuntime runtime, string adminToken, IReadOnlyList<IAppHostExtension> extensions)
    {
        Runtime = runtime;
        AdminToken = adminToken;
        this.extensions = extensions;
        var control = new StackControl(runtime, adminToken);
        StackControl = control;
        Control = new ControlApi(control, control, adminToken, () => shutdownRequested.TrySetResult(), extensions);
    }

    public IStackControl StackControl { get; }

    public AppRuntime Runtime { get; }

    public ControlApi Control { get; }

    public string AdminToken { get; }

    public AppPaths Paths => Runtime.Run.Paths;

    public Task ShutdownRequested => shutdownRequested.Task;

    public static async Task<HostedStack> StartAsync(DistributedApplication app, AppPaths paths, CancellationToken ct)
    {
        var options = app.Options;
        var repo = options.RepositoryRoot ?? RepositoryLocator.Find()
            ?? throw new InvalidOperationException("GameDay.sln not found above the current directory or the AppHost's binaries.");
        paths.Create();
        var token = Secrets.NewAdminToken();
        Modes.WritePrivate(paths.AdminTokenFile, token);
        var run = new RunSettings(token, options.Seed, options.TimeProvider.GetUtcNow(), options.OtlpEndpoint,
            options.ResolveConfiguration(), repo, paths, Native.IsRoot)
        {
            AlertWebhookUrl = options.AlertWebhookUrl,
        };
        var runtime = new AppRuntime(app.Resources, run, options.RandomPorts, options.ConsoleEcho ? new ConsoleEcho() : null, options.TimeProvider);
        var stack = new HostedStack(runtime, token, app.Extensions);
        try
        {
            runtime.StartProxies();
            await stack.Control.StartAsync(options.RandomPorts ? 0 : options.ControlApiPort, ct);
            runtime.ControlUrl = stack.Control.Url;
            stack.WriteState(options.TimeProvider);
            runtime.StartResources();
            foreach (var extension in stack.extensions) await extension.StartAsync(stack.StackControl, ct);
            return stack;
        }
        catch
        {
            await stack.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        // The control API goes first: a start or restart arriving mid-shutdown would launch a process nobody stops.
        await Control.DisposeAsync();
        // Extensions next, while the resources still run (the fault engine reverts its faults).
        foreach (var extension in extensions) await extension.StopAsync(CancellationToken.None);
        await Runtime.DisposeAsync();
        File.Delete(Paths.StateFile);
        File.Delete(Paths.AdminTokenFile);
    }

    private void WriteState(TimeProvider time)
    {
        var resources = Runtime.Resources;
        new StackState(
            Environment.ProcessId,
            Control.Url,
            time.GetUtcNow(),
            resources.Where(r => r.Endpoint is not null).ToDictionary(r => r.Name, r => r.Endpoint!.Url),
            resources.OfType<IResourceWithConnectionString>().ToDictionary(r => r.ConnectionStringName, r => r.GetConnectionString()))
            .Write(Paths.StateFile);
    }
}
