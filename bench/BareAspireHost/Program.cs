using System.Text.Json;
using GameDay.Bench;

// Starts the processes a startup benchmark describes (--Bench:Spec=FILE, written by `./gameday bench startup`),
// each an executable resource of Aspire's DCP, a cluster's initdb before its server (WaitForCompletion).
var builder = DistributedApplication.CreateBuilder(args);
var specFile = builder.Configuration["Bench:Spec"]
    ?? throw new InvalidOperationException("--Bench:Spec=FILE is missing: this AppHost runs what ./gameday bench startup writes.");
var processes = JsonSerializer.Deserialize<List<BenchProcess>>(File.ReadAllText(specFile), JsonSerializerOptions.Web)
    ?? throw new InvalidOperationException($"{specFile} holds no process list.");
foreach (var process in processes)
{
    var resource = builder.AddExecutable(process.Name, process.Path, process.WorkingDirectory, [.. process.Args]);
    foreach (var (name, value) in process.Environment) resource.WithEnvironment(name, value);
    if (process.Init is { } init)
    {
        var step = builder.AddExecutable(process.Name + "-init", init.Path, process.WorkingDirectory, [.. init.Args]);
        foreach (var (name, value) in process.Environment) step.WithEnvironment(name, value);
        resource.WaitForCompletion(step);
    }
}
builder.Build().Run();
