using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace GameDay.Bench;

/// The processes GameDay runs, each at its floor: two PostgreSQL clusters, Redis, Prometheus and Alertmanager with
/// empty configurations, and seven ASP.NET Core apps that answer /health and nothing else. `cold` adds each
/// cluster's initdb, as GameDay's first `up` runs it.
internal static class BareStack
{
    public const int Services = 7;

    private static readonly HashSet<int> Given = [];

    /// `root` is also the marker every process carries in its environment (Processes.MarkerVariable).
    public static IReadOnlyList<(BenchProcess Process, Readiness Readiness)> Create(Tools tools, string root, bool cold)
    {
        Dictionary<string, string> Marked(Dictionary<string, string>? environment = null) =>
            new(environment ?? []) { [Processes.MarkerVariable] = root };
        var list = new List<(BenchProcess, Readiness)>();
        foreach (var name in new[] { "postgres", "responder-postgres" })
        {
            list.Add(Postgres(tools, Path.Combine(root, name), name, cold, Marked()));
        }
        var redisPort = FreePort();
        var redisDir = Directory.CreateDirectory(Path.Combine(root, "redis")).FullName;
        list.Add((new BenchProcess("redis", tools.Redis,
            ["--port", Text(redisPort), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", redisDir], root, Marked(), null),
            new Readiness.RedisPong(redisPort)));
        list.Add(Prometheus(tools, root, Marked()));
        list.Add(Alertmanager(tools, root, Marked()));
        for (var i = 1; i <= Services; i++)
        {
            var port = FreePort();
            list.Add((new BenchProcess($"service-{i}", tools.Dotnet, [tools.BareService], root,
                Marked(new() { ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{Text(port)}" }), null),
                new Readiness.HttpOk($"http://127.0.0.1:{Text(port)}/health")));
        }
        return list;
    }

    /// A port nothing listens on, and never one handed out before in this run: the kernel may offer a port again
    /// as soon as the probe's listener closes, and two processes on one port would pass both probes.
    public static int FreePort()
    {
        lock (Given)
        {
            while (true)
            {
                using var listener = new TcpListener(IPAddress.Loopback, 0);
                listener.Start();
                var port = ((IPEndPoint)listener.LocalEndpoint).Port;
                if (Given.Add(port)) return port;
            }
        }
    }

    private static (BenchProcess, Readiness) Postgres(Tools tools, string data, string name, bool cold, Dictionary<string, string> environment)
    {
        var port = FreePort();
        if (cold)
        {
            Directory.CreateDirectory(data);
            tools.GiveToPostgres(data);
        }
        (string Path, List<string> Args)? init = cold
            ? tools.AsPostgres(Path.Combine(tools.PostgresBin, "initdb"), ["-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C"])
            : null;
        var (path, args) = tools.AsPostgres(Path.Combine(tools.PostgresBin, "postgres"),
            ["-D", data, "-p", Text(port), "-k", data, "-c", "listen_addresses=127.0.0.1"]);
        return (new BenchProcess(name, path, args, data, environment, init is { } i ? new BenchStep(i.Path, i.Args) : null),
            new Readiness.PostgresQuery($"Host=127.0.0.1;Port={Text(port)};Username=postgres;Database=postgres;Pooling=false;Timeout=1"));
    }

    private static (BenchProcess, Readiness) Prometheus(Tools tools, string root, Dictionary<string, string> environment)
    {
        var dir = Directory.CreateDirectory(Path.Combine(root, "prometheus")).FullName;
        var config = Path.Combine(dir, "prometheus.yml");
        File.WriteAllText(config, "global:\n  scrape_interval: 1s\n");
        var port = FreePort();
        return (new BenchProcess("prometheus", tools.Prometheus,
            [$"--config.file={config}", $"--storage.tsdb.path={Path.Combine(dir, "tsdb")}", $"--web.listen-address=127.0.0.1:{Text(port)}"],
            dir, environment, null), new Readiness.HttpOk($"http://127.0.0.1:{Text(port)}/-/ready"));
    }

    private static (BenchProcess, Readiness) Alertmanager(Tools tools, string root, Dictionary<string, string> environment)
    {
        var dir = Directory.CreateDirectory(Path.Combine(root, "alertmanager")).FullName;
        var config = Path.Combine(dir, "alertmanager.yml");
        File.WriteAllText(config, "route:\n  receiver: none\nreceivers:\n  - name: none\n");
        var port = FreePort();
        return (new BenchProcess("alertmanager", tools.Alertmanager,
            [$"--config.file={config}", $"--storage.path={Path.Combine(dir, "data")}", $"--web.listen-address=127.0.0.1:{Text(port)}",
             "--cluster.listen-address="], dir, environment, null), new Readiness.HttpOk($"http://127.0.0.1:{Text(port)}/-/ready"));
    }

    private static string Text(int port) => port.ToString(CultureInfo.InvariantCulture);
}
