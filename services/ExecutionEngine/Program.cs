using GameDay.ExecutionEngine;
using GameDay.ExecutionEngine.Apis;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddExecutionEngineServices();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapExecutionEngineApi();
app.Run();
