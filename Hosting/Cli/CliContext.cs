using GameDay.Hosting.Control;
using GameDay.Hosting.Runtime;

namespace GameDay.Hosting.Cli;

/// What a CLI verb knows about the stack on disk: whether it runs, how to reach it, its endpoints and secrets.
public sealed class CliContext : IDisposable
{
    internal CliContext(DistributedApplication app, AppPaths paths, CliArguments arguments, StackState? state, string adminToken)
    {
        Application = app;
        Paths = paths;
        Arguments = arguments;
        StackRunning = state is not null;
        AdminToken = adminToken;
        ControlUrl = state?.ControlUrl ?? "";
        Endpoints = state?.Endpoints ?? new Dictionary<string, string>();
        ConnectionStrings = state?.ConnectionStrings ?? new Dictionary<string, string>();
        Api = new ControlApiClient(state?.ControlUrl ?? $"http://127.0.0.1:{app.Options.ControlApiPort}", adminToken);
    }

    public DistributedApplication Application { get; }

    public AppPaths Paths { get; }

    public string DataDirectory => Paths.Root;

    /// The repository the AppHost runs from (scenarios, runbooks and monitoring rules live there).
    public string RepositoryRoot => Application.Options.RepositoryRoot ?? RepositoryLocator.Find()
        ?? throw new InvalidOperationException("GameDay.sln not found above the current directory; run from the repository.");

    public CliArguments Arguments { get; }

    /// True when state.json exists and its AppHost process is alive.
    public bool StackRunning { get; }

    public string AdminToken { get; }

    public string ControlUrl { get; }

    public ControlApiClient Api { get; }

    /// Resource name → public (proxy) URL, e.g. orchestrator → http://127.0.0.1:7001.
    public IReadOnlyDictionary<string, string> Endpoints { get; }

    /// Connection-string name → connection string (tradingdb, redis), through the proxies.
    public IReadOnlyDictionary<string, string> ConnectionStrings { get; }

    public TextWriter Out { get; init; } = Console.Out;

    public TextWriter Error { get; init; } = Console.Error;

    public int NotRunning()
    {
        Error.WriteLine("The GameDay stack is not running (start it with ./gameday up).");
        return 1;
    }

    public void Dispose() => Api.Dispose();
}
