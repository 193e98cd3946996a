using System.Globalization;
using GameDay.Bench;

// ./gameday bench startup [--runs N] [--json FILE]
var runs = 3;
string? json = null;
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "startup": break;
        case "--runs" when i + 1 < args.Length && int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= 20:
            runs = n;
            i++;
            break;
        case "--json" when i + 1 < args.Length:
            json = Path.GetFullPath(args[++i]);
            break;
        default:
            Console.Error.WriteLine($"""
                error: unexpected argument '{args[i]}'
                usage: gameday bench startup [--runs N (1-20, default 3)] [--json FILE]
                """);
            return 2;
    }
}

using var cancel = new CancellationTokenSource();
// Ctrl+C or a SIGTERM (a CI timeout): stop what runs, then exit.
void Interrupt(System.Runtime.InteropServices.PosixSignalContext signal)
{
    signal.Cancel = true;
    cancel.Cancel();
}
using var sigint = System.Runtime.InteropServices.PosixSignalRegistration.Create(System.Runtime.InteropServices.PosixSignal.SIGINT, Interrupt);
using var sigterm = System.Runtime.InteropServices.PosixSignalRegistration.Create(System.Runtime.InteropServices.PosixSignal.SIGTERM, Interrupt);
var root = Directory.CreateTempSubdirectory("gameday-bench-").FullName;
Processes.MakeTraversable(root);
try
{
    var bench = new StartupRuns(Tools.Find(), root, cancel.Token);
    var samples = new Samples();
    Func<bool, Task<double>>[] figures = [bench.GameDayAsync, bench.BareAsync, bench.UnderAspireAsync];
    for (var run = 1; run <= runs; run++)
    {
        // Interleaved, each run starting with another figure, so that a slow spell of the machine spreads over all three.
        for (var k = 0; k < figures.Length; k++)
        {
            var figure = (Figure)((k + run - 1) % figures.Length);
            foreach (var cold in new[] { true, false })
            {
                var seconds = await figures[(int)figure](cold);
                samples.Add(figure, cold, seconds);
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"run {run}/{runs}: {Report.Label(figure)}, {(cold ? "cold" : "warm")}: {seconds:0.00} s"));
            }
        }
    }
    Report.Print(Console.Out, samples, runs);
    if (json is not null)
    {
        await File.WriteAllTextAsync(json, Report.Json(samples, runs));
        Console.WriteLine($"figures written to {json}");
    }
    return 0;
}
catch (BenchException e)
{
    Console.Error.WriteLine("bench: " + e.Message);
    return 1;
}
catch (OperationCanceledException) when (cancel.IsCancellationRequested)
{
    Console.Error.WriteLine("bench: interrupted; what it started is stopped");
    return 130;
}
finally
{
    try
    {
        Directory.Delete(root, recursive: true);
    }
    catch (IOException e)
    {
        Console.Error.WriteLine($"bench: could not remove {root}: {e.Message}");
    }
}
