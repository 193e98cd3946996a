using System.Globalization;
using System.Reflection;

namespace GameDay.Bench;

/// Where the programs are: Debian's packages (as ./gameday installs them) and this repository's build output.
internal sealed class Tools
{
    public required string Repository { get; init; }
    public required string Dotnet { get; init; }
    public required string AppHost { get; init; }
    public required string BareService { get; init; }
    public required string BareAspireHost { get; init; }
    public required string PostgresBin { get; init; }
    public required string Redis { get; init; }
    public required string Prometheus { get; init; }
    public required string Alertmanager { get; init; }

    public static Tools Find()
    {
        var repository = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(repository, "GameDay.sln")))
        {
            repository = Path.GetDirectoryName(repository.TrimEnd('/'))
                ?? throw new InvalidOperationException($"{AppContext.BaseDirectory} is not inside the GameDay repository.");
        }
        var configuration = (typeof(Tools).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug")
            .ToLowerInvariant();
        string Built(string project) => Existing(Path.Combine(repository, "artifacts", "bin", project, configuration, project + ".dll"));
        return new Tools
        {
            Repository = repository,
            Dotnet = Environment.ProcessPath is { } host && Path.GetFileName(host) == "dotnet" ? host : Existing("/usr/share/dotnet/dotnet"),
            AppHost = Built("GameDay.AppHost"),
            BareService = Built("GameDay.Bench.BareService"),
            BareAspireHost = Built("GameDay.Bench.BareAspireHost"),
            PostgresBin = NewestPostgres(),
            Redis = Existing("/usr/bin/redis-server"),
            Prometheus = Existing("/usr/bin/prometheus"),
            Alertmanager = Existing("/usr/bin/prometheus-alertmanager"),
        };
    }

    /// PostgreSQL refuses to run as root: as root, the server and initdb run as the postgres user (setpriv execs in place).
    public (string Path, List<string> Args) AsPostgres(string program, List<string> args) =>
        Processes.IsRoot
            ? (Existing("/usr/bin/setpriv"), ["--reuid=postgres", "--regid=postgres", "--init-groups", "--", program, .. args])
            : (program, args);

    public void GiveToPostgres(string directory)
    {
        if (!Processes.IsRoot) return;
        var (code, output) = Processes.RunAsync("/usr/bin/chown", ["-R", "postgres:postgres", directory], "/", null, CancellationToken.None).GetAwaiter().GetResult();
        if (code != 0) throw new BenchException($"chown of {directory} to postgres failed ({code}):\n{output}");
    }

    private static string NewestPostgres()
    {
        const string root = "/usr/lib/postgresql";
        return (Directory.Exists(root) ? Directory.EnumerateDirectories(root) : [])
            .Select(d => (Bin: Path.Combine(d, "bin"), Version: double.TryParse(Path.GetFileName(d), NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : -1))
            .Where(x => x.Version >= 0 && File.Exists(Path.Combine(x.Bin, "postgres")))
            .OrderByDescending(x => x.Version).Select(x => x.Bin).FirstOrDefault()
            ?? throw new InvalidOperationException($"no PostgreSQL under {root}: ./gameday up installs it.");
    }

    private static string Existing(string path) =>
        File.Exists(path) ? path : throw new InvalidOperationException($"{path} is missing: build with ./gameday up (or dotnet build), which also installs the packages.");
}
