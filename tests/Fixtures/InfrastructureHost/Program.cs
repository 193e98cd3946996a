using GameDay.Infrastructure.Control;
using GameDay.Infrastructure.Monitoring;
using GameDay.Infrastructure.Postgres;
using GameDay.Infrastructure.Redis;

// The infrastructure of a stack in --Infrastructure:DataDirectory=DIR (alert rules from DIR/rules/*.yml, notifications
// also to --Infrastructure:AlertWebhook=URL): what the tests of the resources start.
var builder = DistributedApplication.CreateBuilder(args);
var data = builder.Configuration["Infrastructure:DataDirectory"]
    ?? throw new InvalidOperationException("--Infrastructure:DataDirectory=DIR is missing.");
builder.AddLocalPostgres("postgres", Path.Combine(data, "postgres")).AddDatabase("tradingdb", "trading");
builder.AddLocalRedis("redis", Path.Combine(data, "redis"));
var alertmanager = builder.AddLocalAlertmanager("alertmanager", Path.Combine(data, "alertmanager"));
if (builder.Configuration["Infrastructure:AlertWebhook"] is { Length: > 0 } webhook) alertmanager.WithWebhook(webhook);
builder.AddLocalPrometheus("prometheus", Path.Combine(data, "prometheus"), Path.Combine(data, "rules", "*.yml")).WithAlertmanager(alertmanager);
builder.AddResourceTracker();
builder.Build().Run();

public partial class Program;
