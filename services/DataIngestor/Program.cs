using GameDay.DataIngestor.Apis;
using GameDay.DataIngestor.Infrastructure;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddDataIngestorServices();

var app = builder.Build();

app.MapDefaultEndpoints();
app.MapDataIngestorApi();

app.Run();
