using GameDay.Hosting.Runtime;

namespace GameDay.Hosting.Cli;

/// Dispatches `gameday <verb>`; every verb but `up` and `down` talks to a running AppHost.
internal static class CliHost
{
    public static async Task<int> RunAsync(DistributedApplication app, CliArguments args, CancellationToken ct)
    {
        if (args.Error is not null)
        {
            return Usage(app, args.Error);
        }

        AppPaths paths;
        try
        {
            paths = new AppPaths(app.Options.DataDirectory ?? Path.Combine(
                app.Options.RepositoryRoot ?? RepositoryLocator.Find()
                    ?? throw new InvalidOperationException("GameDay.sln not found above the current directory; run from the repository."),
                ".gameday"));
        }
        catch (InvalidOperationException e)
        {
            await Console.Error.WriteLineAsync(e.Message);
            return 1;
        }

        switch (args.Verb)
        {
            case "up":
                return await UpVerb.RunAsync(app, paths, ct);
            case "down":
                return await DownVerb.RunAsync(paths, ct);
            case "help" or "--help" or "-h":
                return Usage(app, null, 0);
        }

        using var context = Context(app, paths, args);
        var custom = app.Commands.FirstOrDefault(c => c.Name == args.Verb);
        return args.Verb switch
        {
            _ when custom is not null => await custom.Handler(context, args.Rest.ToArray(), ct),
            "ps" => await StatusVerb.PsAsync(context, ct),
            "health" => await StatusVerb.HealthAsync(context, ct),
            "logs" => await LogsVerb.RunAsync(context, ct),
            "env" => await EnvVerb.RunAsync(context, ct),
            "dashboard" => DashboardVerb.Run(context),
            "psql" or "redis-cli" => await ToolVerb.RunAsync(context, ct),
            _ when ResourceCommands.All.Contains(args.Verb) => await ResourceCommandVerb.RunAsync(context, ct),
            _ => Usage(app, $"unknown command '{args.Verb}'"),
        };
    }

    /// The stack on disk as a verb sees it; `ownStack` when this process runs it (a LocalStack: the lock is its own).
    internal static CliContext Context(DistributedApplication app, AppPaths paths, CliArguments args, bool ownStack = false)
    {
        var state = StackState.TryRead(paths.StateFile);
        var owner = ownStack ? Environment.ProcessId : AppHostLock.FindLive(paths.AppHostPidFile)?.Pid;
        var running = state is not null && owner == state.AppHostPid;
        var token = running && File.Exists(paths.AdminTokenFile) ? File.ReadAllText(paths.AdminTokenFile).Trim() : "";
        return new CliContext(app, paths, args, running ? state : null, token);
    }

    private static int Usage(DistributedApplication app, string? error, int code = 2)
    {
        var output = code == 0 ? Console.Out : Console.Error;
        if (error is not null)
        {
            output.WriteLine("error: " + error);
        }

        output.WriteLine("""
            usage: gameday <command> [args]   (no command = up)
              up [--seed N] [--otlp URL] [--alert-webhook URL] [--autopilot] [--data-dir DIR] [--random-ports]
                                            start the whole stack; Ctrl+C stops it
              down                          stop a running stack (or reap what a dead one left)
              ps | health                   resource table (health: exit 0 only if all are healthy)
              logs <resource> [--tail N] [-f]
              start|stop|restart|kill|pause|resume <resource>
              failover-path|failback-path <resource>
                                            route the resource's traffic over its standby (or primary) network path
              psql|redis-cli [--data-dir D] [--] [args]
                                            the tool against the stack; the arguments after the stack's are the tool's
              dashboard                     the dashboard's sign-in link (it carries the admin token)
              env                           export lines: service, Prometheus and Alertmanager URLs, ADMIN_TOKEN, DATABASE_URL (the trading database), <DB>_URL, REDIS_URL
            """);
        foreach (var command in app.Commands)
        {
            output.WriteLine($"  {command.Name,-30}{command.Description}");
        }

        return code;
    }
}
