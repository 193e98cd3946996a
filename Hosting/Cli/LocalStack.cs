using GameDay.Hosting.Processes;
using GameDay.Hosting.Runtime;

namespace GameDay.Hosting.Cli;

/// A stack a CLI verb starts for itself when none runs (`./gameday drill` on a fresh machine), the way `up` does
/// (lock, reap leftovers, start, wait healthy), stopped in order when disposed. Its context reaches it like a running one.
public sealed class LocalStack : IAsyncDisposable
{
    private readonly HostedStack stack;
    private readonly AppPaths paths;

    private LocalStack(HostedStack stack, AppPaths paths, CliContext context)
    {
        this.stack = stack;
        this.paths = paths;
        Context = context;
    }

    /// A context for the started stack (StackRunning, endpoints, token, control API).
    public CliContext Context { get; }

    public static async Task<LocalStack> StartAsync(CliContext cli, TimeSpan healthyTimeout, CancellationToken ct)
    {
        var paths = cli.Paths;
        paths.Create();
        if (AppHostLock.FindLive(paths.AppHostPidFile) is { } other)
            throw new InvalidOperationException($"A GameDay AppHost is already running (pid {other.Pid}) but answers no state; stop it with ./gameday down.");
        AppHostLock.Acquire(paths.AppHostPidFile);
        HostedStack? stack = null;
        try
        {
            await Reaper.ReapAsync(paths.Pids, m => cli.Out.WriteLine("[apphost] " + m), ct);
            cli.Application.Options.ConsoleEcho = false;
            stack = await HostedStack.StartAsync(cli.Application, paths, ct);
            if (!await stack.Runtime.WaitForAllHealthyAsync(healthyTimeout, ct))
                throw new InvalidOperationException("the stack did not become healthy:\n" + stack.Runtime.Describe(10));
            return new LocalStack(stack, paths, CliHost.Context(cli.Application, paths, cli.Arguments, ownStack: true));
        }
        catch
        {
            if (stack is not null) await stack.DisposeAsync();
            AppHostLock.Release(paths.AppHostPidFile);
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        Context.Dispose();
        await stack.DisposeAsync();
        AppHostLock.Release(paths.AppHostPidFile);
    }
}
