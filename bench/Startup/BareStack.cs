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

    public static IReadOnlyList<(BenchProcess Process, Readiness Readiness)> Create(Tools tools, string root, bool cold)
    {
        var list = new List<(BenchProcess, Readiness)>();
        foreach (var name in new[] { "postgres", "responder-postgres" })
        {
            list.Add(Postgres(tools, Path.Combine(root, name), name, cold));
        }
        var redisPort = FreePort();
        var redisDir = Directory.CreateDirectory(Path.Combine(root, "redis")).FullName;
        list.Add((new BenchProcess("redis", tools.Redis,
            ["--port", Text(redisPort), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", redisDir], root, [], null),
            new Readiness.RedisPong(redisPort)));
        list.Add(Prometheus(tools, root));
        list.Add(Alertmanager(tools, root));
        for (var i = 1; i <= Services; i++)
        {
            var port = FreePort();
            list.Add((new BenchProcess($"service-{i}", tools.Dotnet, [tools.BareService], root,
                new() { ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{Text(port)}" }, null),
                new Readiness.HttpOk($"http://127.0.0.1:{Text(port)}/health")));
        }
        return list;
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static (BenchProcess, Readiness) Postgres(Tools tools, string data, string name, bool cold)
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
        return (new BenchProcess(name, path, args, data, [], init is { } i ? new BenchStep(i.Path, i.Args) : null),
            new Readiness.PostgresQuery($"Host=127.0.0.1;Port={Text(port)};Username=postgres;Database=postgres;Pooling=false;Timeout=1"));
    }

    private static (BenchProcess, Readiness) Prometheus(Tools tools, string root)
    {
        var dir = Directory.CreateDirectory(Path.Combine(root, "prometheus")).FullName;
        var config = Path.Combine(dir, "prometheus.yml");
        File.WriteAllText(config, "global:\n  scrape_interval: 1s\n");
        var port = FreePort();
        return (new BenchProcess("prometheus", tools.Prometheus,
            [$"--config.file={config}", $"--storage.tsdb.path={Path.Combine(dir, "tsdb")}", $"--web.listen-address=127.0.0.1:{Text(port)}"],
            dir, [], null), new Readiness.HttpOk($"http://127.0.0.1:{Text(port)}/-/ready"));
    }

    private static (BenchProcess, Readiness) Alertmanager(Tools tools, string root)
    {
        var dir = Directory.CreateDirectory(Path.Combine(root, "alertmanager")).FullName;
        var config = Path.Combine(dir, "alertmanager.yml");
        File.WriteAllText(config, "route:\n  receiver: none\nreceivers:\n  - name: none\n");
        var port = FreePort();
        return (new BenchProcess("alertmanager", tools.Alertmanager,
            [$"--config.file={config}", $"--storage.path={Path.Combine(dir, "data")}", $"--web.listen-address=127.0.0.1:{Text(port)}",
             "--cluster.listen-address="], dir, [], null), new Readiness.HttpOk($"http://127.0.0.1:{Text(port)}/-/ready"));
    }

    private static string Text(int port) => port.ToString(CultureInfo.InvariantCulture);
}
