using GameDay.ServiceDefaults.Workers;

// Two ways for a worker to fail, chosen by the first argument:
//   bug   a background service throws outside any loop: the host stops and the process must exit non-zero;
//   loop  a WorkerLoop's every round throws: the loop retries and the host keeps running until it is told to stop.
var mode = args.FirstOrDefault() ?? "bug";
var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.WebHost.UseUrls("http://127.0.0.1:0");
if (mode == "bug") builder.Services.AddHostedService<BrokenWorker>();
else builder.Services.AddHostedService<FailingLoop>();

var app = builder.Build();
app.MapDefaultEndpoints();
app.Run();

internal sealed class BrokenWorker : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Delay(TimeSpan.FromMilliseconds(200), stoppingToken);
        throw new InvalidOperationException("A bug outside any worker loop.");
    }
}

internal sealed class FailingLoop(TimeProvider time, ILogger<FailingLoop> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        new WorkerLoop("failing-loop", time, logger, new WorkerBackoff(TimeSpan.FromMilliseconds(10), TimeSpan.FromMilliseconds(50)))
            .RunAsync(_ => throw new InvalidOperationException("Writing is not allowed after writer was completed."), stoppingToken);
}
