using GameDay.Hosting;
using GameDay.Hosting.Runtime;

namespace GameDay.Hosting.Tests;

/// A small topology with fixed ports and passwords, as the runtime would have bound it.
internal static class TestResources
{
    public static RunSettings Run(string? otlp = null) => new(
        "tok", 42, new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero), otlp, "debug", "/repo", new AppPaths("/data"), false);

    public static (PostgresDatabaseResource Db, RedisResource Redis, ProjectResource Orchestrator, ProjectResource ExecutionEngine) Topology()
    {
        var builder = new DistributedApplicationBuilder(new DistributedApplicationOptions());
        var pg = builder.AddPostgres("postgres", 15432);
        pg.Resource.PasswordSource = () => "pgpw";
        pg.Resource.Endpoint!.PublicPort = 15432;
        var db = pg.AddDatabase("tradingdb", "trading");
        var redis = builder.AddRedis("redis", 16379);
        redis.Resource.PasswordSource = () => "rdpw";
        redis.Resource.Endpoint!.PublicPort = 16379;
        var orchestrator = builder.AddProject("orchestrator", "services/Orchestrator/GameDay.Orchestrator.csproj", 7001);
        orchestrator.Resource.Endpoint!.PublicPort = 7001;
        var engine = builder.AddProject("execution-engine", "services/ExecutionEngine/GameDay.ExecutionEngine.csproj", 8085)
            .WithReference(db).WithReference(redis).WithReference(orchestrator).WaitFor(orchestrator)
            .WithEnvironment("EXTRA", "1");
        engine.Resource.Endpoint!.PublicPort = 8085;
        return (db.Resource, redis.Resource, orchestrator.Resource, engine.Resource);
    }
}
