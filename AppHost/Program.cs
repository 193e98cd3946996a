using GameDay.AppHost.Chaos;
using GameDay.AppHost.Dashboard;
using GameDay.AppHost.Drills;
using GameDay.AppHost.Incidents;
using GameDay.AppHost.Invariants;
using GameDay.Contracts;
using GameDay.Hosting;

var builder = DistributedApplication.CreateBuilder(args);

var postgres = builder.AddPostgres(ResourceNames.Postgres, port: 15432);
var tradingDb = postgres.AddDatabase(ResourceNames.TradingDb, databaseName: "trading");
var redis = builder.AddRedis(ResourceNames.Redis, port: 16379);
// The responder keeps its incidents on a server of its own: it must work while the trading database is down.
var responderDb = builder.AddPostgres(ResourceNames.ResponderPostgres, port: 15433).AddDatabase(ResourceNames.ResponderDb, databaseName: "responder");

var broker = builder.AddProject(ResourceNames.Broker, "services/Broker/GameDay.Broker.csproj", port: 8090)
    .WithEnvironment("Broker__JournalPath", "{data}/journal.jsonl");
var orchestrator = builder.AddProject(ResourceNames.Orchestrator, "services/Orchestrator/GameDay.Orchestrator.csproj", port: 7001)
    .WithReference(tradingDb).WithReference(redis).WithReference(broker)
    .WaitFor(tradingDb).WaitFor(redis);
builder.AddProject(ResourceNames.DataIngestor, "services/DataIngestor/GameDay.DataIngestor.csproj", port: 8081)
    .WithReference(tradingDb).WithReference(redis).WaitFor(tradingDb).WaitFor(redis);
builder.AddProject(ResourceNames.SignalGenerator, "services/SignalGenerator/GameDay.SignalGenerator.csproj", port: 8083)
    .WithReference(tradingDb).WithReference(redis).WaitFor(tradingDb).WaitFor(redis);
var riskManager = builder.AddProject(ResourceNames.RiskManager, "services/RiskManager/GameDay.RiskManager.csproj", port: 8084)
    .WithReference(tradingDb).WithReference(redis).WithReference(orchestrator).WaitFor(orchestrator);
var executionEngine = builder.AddProject(ResourceNames.ExecutionEngine, "services/ExecutionEngine/GameDay.ExecutionEngine.csproj", port: 8085)
    .WithReference(tradingDb).WithReference(redis).WithReference(broker).WithReference(orchestrator)
    .WaitFor(broker).WaitFor(orchestrator);

// The autopilot acts through the control API, the services' admin APIs, the database and Redis. It runs only when asked
// (`./gameday up --autopilot`): on a shared stack it would also "fix" faults that people or tests make on purpose.
var responder = builder.AddProject(ResourceNames.IncidentResponder, "services/IncidentResponder/GameDay.IncidentResponder.csproj", port: 8088)
    .WithReference(responderDb).WithReference(tradingDb).WithReference(redis).WithReference(orchestrator).WithReference(broker)
    .WithReference(executionEngine).WithReference(riskManager)
    .WithEnvironment("GAMEDAY_CONTROL_URL", "{control}").WithEnvironment("Responder__EvidenceDirectory", "{data}/evidence").WithEnvironment("Responder__Mode", builder.Options.Autopilot ? "autopilot" : "off")
    .WaitFor(responderDb);

// Prometheus scrapes every project and the AppHost (config generated from the topology at launch) and waits for none of them.
var alertmanager = builder.AddAlertmanager(ResourceNames.Alertmanager, port: 9093).WithWebhook(responder, "/api/alerts");
builder.AddPrometheus(ResourceNames.Prometheus, port: 9090).WithAlertmanager(alertmanager);

builder.AddChaos();
builder.AddDrillCommands();
builder.AddCheckCommand();
builder.AddIncidentsCommand();
builder.AddDashboard();

return await builder.Build().RunAsync();

public partial class Program;
