using GameDay.Hosting.Runtime;

namespace GameDay.Hosting.Tests;

public class EnvironmentBuilderTests
{
    private static Dictionary<string, string> Build(string? otlp = null)
    {
        var (_, _, _, engine) = TestResources.Topology();
        var inherited = new Dictionary<string, string> { ["PATH"] = "/usr/bin", ["HOME"] = "/root", ["EXTRA"] = "inherited" };
        return EnvironmentBuilder.ForProject(inherited, engine, TestResources.Run(otlp), 40001, "abcd1234");
    }

    [Fact]
    public void ReferencesBecomeConnectionStringsThroughTheProxyPorts()
    {
        var env = Build();
        Assert.Equal("Host=127.0.0.1;Port=15432;Username=trader;Password=pgpw;Database=trading", env["ConnectionStrings__tradingdb"]);
        Assert.Equal("127.0.0.1:16379,password=rdpw", env["ConnectionStrings__redis"]);
    }

    [Fact]
    public void ProjectReferencesBecomeServiceDiscoveryAndPlainVariables()
    {
        var env = Build();
        Assert.Equal("http://127.0.0.1:7001", env["services__orchestrator__http__0"]);
        Assert.Equal("http://127.0.0.1:7001", env["ORCHESTRATOR_HTTP"]);
    }

    [Fact]
    public void EveryProjectGetsTheAspireAndRunVariables()
    {
        var env = Build();
        Assert.Equal("execution-engine", env["OTEL_SERVICE_NAME"]);
        Assert.Equal("service.instance.id=abcd1234", env["OTEL_RESOURCE_ATTRIBUTES"]);
        Assert.Equal("http://127.0.0.1:40001", env["ASPNETCORE_URLS"]);
        Assert.Equal("simple", env["LOGGING__CONSOLE__FORMATTERNAME"]);
        Assert.Equal("Development", env["DOTNET_ENVIRONMENT"]);
        Assert.Equal("Development", env["ASPNETCORE_ENVIRONMENT"]);
        Assert.Equal("tok", env["ADMIN_TOKEN"]);
        Assert.Equal("42", env["Market__Seed"]);
        Assert.Equal("2026-01-02T03:04:05.000Z", env["Market__Epoch"]);
    }

    [Fact]
    public void InheritedVariablesStayAndExplicitOnesWin()
    {
        var env = Build();
        Assert.Equal("/usr/bin", env["PATH"]);
        Assert.Equal("1", env["EXTRA"]);
    }

    [Fact]
    public void OtlpEndpointAppearsOnlyWhenGiven()
    {
        Assert.False(Build().ContainsKey("OTEL_EXPORTER_OTLP_ENDPOINT"));
        Assert.Equal("http://127.0.0.1:4317", Build("http://127.0.0.1:4317")["OTEL_EXPORTER_OTLP_ENDPOINT"]);
    }

    [Fact]
    public void EnvNamesAreUpperCaseWithUnderscores() =>
        Assert.Equal("EXECUTION_ENGINE", EnvironmentBuilder.EnvName("execution-engine"));

    [Fact]
    public void ExportLinesCoverTokenUrlsDatabaseRedisAndControl()
    {
        var (db, redis, orchestrator, engine) = TestResources.Topology();
        var lines = EnvExports.Build("tok", "http://127.0.0.1:18888", [db.Server, db, redis, orchestrator, engine]);
        Assert.Equal(
            [
                "export ADMIN_TOKEN='tok'",
                "export TRADINGDB_URL='postgres://trader:pgpw@localhost:15432/trading'",
                "export REDIS_URL='redis://:rdpw@localhost:16379'",
                "export ORCHESTRATOR_URL='http://localhost:7001'",
                "export EXECUTION_ENGINE_URL='http://localhost:8085'",
                "export DATABASE_URL='postgres://trader:pgpw@localhost:15432/trading'",
                "export GAMEDAY_CONTROL_URL='http://127.0.0.1:18888'",
            ],
            lines);
    }

    [Fact]
    public void DatabaseUrlIsTheFirstDatabaseAndEachHasItsOwnName()
    {
        var builder = new DistributedApplicationBuilder(new DistributedApplicationOptions());
        var trading = builder.AddPostgres("postgres", 15432);
        trading.Resource.PasswordSource = () => "pw1";
        trading.Resource.Endpoint!.PublicPort = 15432;
        trading.AddDatabase("tradingdb", "trading");
        var responder = builder.AddPostgres("responder-postgres", 15433);
        responder.Resource.PasswordSource = () => "pw2";
        responder.Resource.Endpoint!.PublicPort = 15433;
        responder.AddDatabase("responderdb", "responder");

        var lines = EnvExports.Build("tok", "http://127.0.0.1:18888", builder.Resources);

        Assert.Single(lines, l => l.StartsWith("export DATABASE_URL=", StringComparison.Ordinal));
        Assert.Contains("export DATABASE_URL='postgres://trader:pw1@localhost:15432/trading'", lines);
        Assert.Contains("export TRADINGDB_URL='postgres://trader:pw1@localhost:15432/trading'", lines);
        Assert.Contains("export RESPONDERDB_URL='postgres://trader:pw2@localhost:15433/responder'", lines);
    }

    [Fact]
    public void ExportLinesCoverPrometheusAndAlertmanager()
    {
        var builder = new DistributedApplicationBuilder(new DistributedApplicationOptions());
        var alertmanager = builder.AddAlertmanager("alertmanager", 9093);
        var prometheus = builder.AddPrometheus("prometheus", 9090).WithAlertmanager(alertmanager);
        alertmanager.Resource.Endpoint!.PublicPort = 9093;
        prometheus.Resource.Endpoint!.PublicPort = 9090;
        var lines = EnvExports.Build("tok", "http://127.0.0.1:18888", builder.Resources);
        Assert.Contains("export PROMETHEUS_URL='http://localhost:9090'", lines);
        Assert.Contains("export ALERTMANAGER_URL='http://localhost:9093'", lines);
    }

    [Fact]
    public void PrometheusStopsBeforeItsAlertmanagerButWaitsForNothing()
    {
        var builder = new DistributedApplicationBuilder(new DistributedApplicationOptions());
        var alertmanager = builder.AddAlertmanager("alertmanager", 9093);
        var prometheus = builder.AddPrometheus("prometheus", 9090).WithAlertmanager(alertmanager);
        Assert.Empty(prometheus.Resource.WaitsFor);
        var waves = ShutdownOrder.Waves(builder.Resources);
        Assert.Equal(["prometheus"], waves[0].Select(r => r.Name));
        Assert.Equal(["alertmanager"], waves[1].Select(r => r.Name));
    }

    [Fact]
    public void ShutdownStopsDependentsBeforeWhatTheyUse()
    {
        var (db, redis, orchestrator, engine) = TestResources.Topology();
        var waves = ShutdownOrder.Waves([db.Server, db, redis, orchestrator, engine]);
        Assert.Equal(["execution-engine"], waves[0].Select(r => r.Name));
        Assert.Equal(["tradingdb", "redis", "orchestrator"], waves[1].Select(r => r.Name));
        Assert.Equal(["postgres"], waves[2].Select(r => r.Name));
    }

    [Fact]
    public void PlaceholdersStandForTheResourceDataDirectoryAndTheControlApi()
    {
        var (_, _, _, engine) = TestResources.Topology();
        engine.Environment["JOURNAL"] = "{data}/journal.jsonl";
        engine.Environment["CONTROL"] = "{control}";
        var run = TestResources.Run();

        var env = EnvironmentBuilder.ForProject(new Dictionary<string, string>(), engine, run, 40001, "abcd1234", "http://127.0.0.1:18888");

        Assert.Equal(Path.Combine(run.Paths.ResourceData("execution-engine"), "journal.jsonl"), env["JOURNAL"]);
        Assert.Equal("http://127.0.0.1:18888", env["CONTROL"]);
    }
}
