using GameDay.Orchestrator.Apis;
using GameDay.Orchestrator.Infrastructure;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddOrchestratorServices();

var app = builder.Build();

app.MapDefaultEndpoints();
app.MapOrchestratorApi();

app.Run();
