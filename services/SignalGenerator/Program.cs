using GameDay.SignalGenerator.Apis;
using GameDay.SignalGenerator.Infrastructure;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddSignalGeneratorServices();

var app = builder.Build();

app.MapDefaultEndpoints();
app.MapSignalGeneratorApi();

app.Run();
