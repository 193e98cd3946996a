// The least an ASP.NET Core service does before it is healthy: start Kestrel on ASPNETCORE_URLS and answer /health.
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
var app = builder.Build();
app.MapGet("/health", () => "Healthy");
app.Run();
