using GameDay.IncidentResponder.Apis;
using GameDay.IncidentResponder.Infrastructure;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddIncidentResponderServices();

var app = builder.Build();

app.MapDefaultEndpoints();
app.MapIncidentResponderApi();

app.Run();
