using Microsoft.Extensions.Configuration;
using GameDay.Chaos;
using GameDay.Contracts;
using GameDay.Infrastructure.Control;
using GameDay.Infrastructure.Monitoring;
using GameDay.Infrastructure.Postgres;
using GameDay.Infrastructure.Redis;
using GameDay.Infrastructure.Services;

// The infrastructure of a stack in --Infrastructure:DataDirectory=DIR (alert rules from DIR/rules/*.yml, notifications
// also to --Infrastructure:AlertWebhook=URL) and, with --Infrastructure:Trading=true, the trading services on it: what
// the tests of the resources start.
var builder = DistributedApplication.CreateBuilder(args);
var data = builder.Configuration["Infrastructure:DataDirectory"]
    ?? throw new InvalidOperationException("--Infrastructure:DataDirectory=DIR is missing.");
var tradingDb = builder.AddLocalPostgres(ResourceNames.Postgres, Path.Combine(data, "postgres")).AddDatabase(ResourceNames.TradingDb, "trading");
var redis = builder.AddLocalRedis(ResourceNames.Redis, Path.Combine(data, "redis"));
var alertmanager = builder.AddLocalAlertmanager(ResourceNames.Alertmanager, Path.Combine(data, "alertmanager"));
if (builder.Configuration["Infrastructure:AlertWebhook"] is { Length: > 0 } webhook) alertmanager.WithWebhook(webhook);
var prometheus = builder.AddLocalPrometheus(ResourceNames.Prometheus, Path.Combine(data, "prometheus"), Path.Combine(data, "rules", "*.yml"))
    .WithAlertmanager(alertmanager);
builder.AddResourceTracker();

if (builder.Configuration.GetValue<bool>("Infrastructure:Trading"))
{
    var adminToken = builder.AddParameter("admin-token", new GenerateParameterDefault { MinLength = 32, Special = false }, secret: true, persist: false);
    var run = new TradingRun(adminToken.Resource, Seed: 42, builder.Configuration.GetValue<DateTimeOffset?>("Infrastructure:Epoch") ?? DateTimeOffset.UtcNow);
    builder.AddStackControl(run, data).AddAppHostExtension(new ChaosExtension()).AddControlApi();
    var responderDb = builder.AddLocalPostgres(ResourceNames.ResponderPostgres, Path.Combine(data, "responder-postgres"))
        .AddDatabase(ResourceNames.ResponderDb, "responder");

    var broker = builder.AddGameDayService<Projects.GameDay_Broker>(ResourceNames.Broker, run)
        .WithEnvironment("Broker__JournalPath", Path.Combine(data, "broker", "journal.jsonl"));
    var orchestrator = builder.AddGameDayService<Projects.GameDay_Orchestrator>(ResourceNames.Orchestrator, run)
        .WithReference(tradingDb).WithReference(redis).WithReference(broker.GetEndpoint("http")).WaitFor(tradingDb).WaitFor(redis);
    var ingestor = builder.AddGameDayService<Projects.GameDay_DataIngestor>(ResourceNames.DataIngestor, run)
        .WithReference(tradingDb).WithReference(redis).WaitFor(tradingDb).WaitFor(redis);
    var signals = builder.AddGameDayService<Projects.GameDay_SignalGenerator>(ResourceNames.SignalGenerator, run)
        .WithReference(tradingDb).WithReference(redis).WaitFor(tradingDb).WaitFor(redis);
    var riskManager = builder.AddGameDayService<Projects.GameDay_RiskManager>(ResourceNames.RiskManager, run)
        .WithReference(tradingDb).WithReference(redis).WithReference(orchestrator.GetEndpoint("http")).WaitFor(orchestrator);
    var executionEngine = builder.AddGameDayService<Projects.GameDay_ExecutionEngine>(ResourceNames.ExecutionEngine, run)
        .WithReference(tradingDb).WithReference(redis).WithReference(broker.GetEndpoint("http")).WithReference(orchestrator.GetEndpoint("http"))
        .WaitFor(broker).WaitFor(orchestrator);
    var responder = builder.AddGameDayService<Projects.GameDay_IncidentResponder>(ResourceNames.IncidentResponder, run)
        .WithReference(responderDb).WithReference(tradingDb).WithReference(redis).WithReference(orchestrator.GetEndpoint("http")).WithReference(broker.GetEndpoint("http"))
        .WithReference(executionEngine.GetEndpoint("http")).WithReference(riskManager.GetEndpoint("http"))
        .WithEnvironment("Responder__EvidenceDirectory", Path.Combine(data, "evidence")).WithEnvironment("Responder__Mode", "off").WithControlUrl()
        .WaitFor(responderDb);
    alertmanager.WithWebhook(responder, "/api/alerts");
    prometheus.WithControlApiScrape();
    foreach (var service in new[] { broker, orchestrator, ingestor, signals, riskManager, executionEngine, responder })
    {
        prometheus.WithScrapeTarget(service);
    }
}

builder.Build().Run();

public partial class Program;
