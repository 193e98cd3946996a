using GameDay.RiskManager;
using GameDay.RiskManager.Apis;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddRiskManagerServices();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapRiskManagerApi();
app.MapTestOrderApi();
app.Run();
