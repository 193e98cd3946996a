using GameDay.Broker.Apis;
using GameDay.Broker.Infrastructure;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddBrokerServices();

var app = builder.Build();

app.MapDefaultEndpoints();
app.MapBrokerApi();

app.Run();
