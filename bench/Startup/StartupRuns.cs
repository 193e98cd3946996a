using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace GameDay.Bench;

/// One start of each figure, from nothing running to every process serving: GameDay's `up` until it reports
/// every resource healthy; the bare processes started here; the same processes started by Aspire's DCP. Each
/// run stops what it started (SIGTERM, then SIGKILL) and checks that nothing still answers.
internal sealed class StartupRuns(Tools tools, string root, CancellationToken ct)
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(50);
    private static readonly TimeSpan Grace = TimeSpan.FromSeconds(60);

    /// In the command line of every DCP process: the NuGet package it runs from.
    private const string DcpPackage = "aspire.hosting.orchestration";

    public async Task<double> GameDayAsync(bool cold)
    {
        var data = Directory(Figure.GameDay, cold);
        var tail = new OutputTail();
        var healthy = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var clock = Stopwatch.StartNew();
        using var host = Processes.Start(tools.Dotnet,
            [tools.AppHost, "up", "--data-dir", data, "--random-ports"], tools.Repository, null, line =>
            {
                tail.Add(line);
                if (line.StartsWith("healthy in ", StringComparison.Ordinal)) healthy.TrySetResult();
                else if (line.StartsWith("NOT healthy", StringComparison.Ordinal)) healthy.TrySetException(new BenchException("GameDay is not healthy"));
            });
        try
        {
            var exited = host.WaitForExitAsync(ct);
            var first = await Task.WhenAny(healthy.Task, exited, Task.Delay(Limit, ct));
            if (first != healthy.Task || healthy.Task.IsFaulted)
            {
                throw new BenchException($"GameDay's up did not report healthy ({(first == exited ? $"exited {host.ExitCode}" : "not within " + Limit)}):\n{tail}");
            }
            return clock.Elapsed.TotalSeconds;
        }
        finally
        {
            await Processes.StopAsync([host], Grace);
        }
    }

    public async Task<double> BareAsync(bool cold)
    {
        var stack = BareStack.Create(tools, Directory(Figure.Bare, cold), cold);
        var started = new ConcurrentBag<Process>();
        var clock = Stopwatch.StartNew();
        try
        {
            await Task.WhenAll(stack.Select(async item =>
            {
                var (process, readiness) = item;
                if (process.Init is { } init && await Processes.RunAsync(init.Path, init.Args, process.WorkingDirectory, ct) is { Code: not 0 } failed)
                {
                    throw new BenchException($"{process.Name}: its init step exited {failed.Code}:\n{failed.Output}");
                }
                started.Add(Processes.Start(process.Path, process.Args, process.WorkingDirectory, process.Environment));
                await WaitReadyAsync(process.Name, readiness, null);
            }));
            return clock.Elapsed.TotalSeconds;
        }
        finally
        {
            await Processes.StopAsync(started, Grace);
        }
    }

    public async Task<double> UnderAspireAsync(bool cold)
    {
        var directory = Directory(Figure.Aspire, cold);
        var stack = BareStack.Create(tools, directory, cold);
        var spec = Path.Combine(directory, "spec.json");
        await File.WriteAllTextAsync(spec, JsonSerializer.Serialize(stack.Select(s => s.Process), JsonSerializerOptions.Web), ct);
        // The dashboard over plain HTTP on loopback, as `./gameday up` would run it.
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_URLS"] = Loopback(),
            ["ASPIRE_DASHBOARD_OTLP_HTTP_ENDPOINT_URL"] = Loopback(),
            ["ASPIRE_RESOURCE_SERVICE_ENDPOINT_URL"] = Loopback(),
            ["ASPIRE_ALLOW_UNSECURED_TRANSPORT"] = "true",
            ["DOTNET_ENVIRONMENT"] = "Development",
        };
        var tail = new OutputTail();
        var dcpBefore = Processes.Matching(DcpPackage);
        var clock = Stopwatch.StartNew();
        using var host = Processes.Start(tools.Dotnet, [tools.BareAspireHost, $"--Bench:Spec={spec}"], directory, environment, tail.Add);
        var dcp = new HashSet<int>();
        try
        {
            await Task.WhenAll(stack.Select(s => WaitReadyAsync(s.Process.Name, s.Readiness, (host, tail))));
            var seconds = clock.Elapsed.TotalSeconds;
            dcp = [.. Processes.Matching(DcpPackage).Except(dcpBefore)];
            return seconds;
        }
        finally
        {
            await Processes.StopAsync([host], Grace);
            await EnsureStoppedAsync(stack, dcp);
        }
    }

    /// Aspire stops its executables, and DCP itself, when the AppHost stops; whatever still runs 15 s later is a leak
    /// worth failing on (and would slow the next figure).
    private async Task EnsureStoppedAsync(IReadOnlyList<(BenchProcess Process, Readiness Readiness)> stack, HashSet<int> dcp)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(15);
        foreach (var (process, readiness) in stack)
        {
            while (await readiness.IsReadyAsync(ct))
            {
                if (DateTime.UtcNow > deadline) throw new BenchException($"{process.Name} still answers 15 s after the Aspire AppHost stopped.");
                await Task.Delay(Poll, ct);
            }
        }
        while (Processes.Matching(DcpPackage).Intersect(dcp).ToList() is { Count: > 0 } left)
        {
            if (DateTime.UtcNow > deadline) throw new BenchException($"DCP (pids {string.Join(", ", left)}) still runs 15 s after the Aspire AppHost stopped.");
            await Task.Delay(Poll, ct);
        }
    }

    private async Task WaitReadyAsync(string name, Readiness readiness, (Process Host, OutputTail Tail)? host)
    {
        var deadline = DateTime.UtcNow + Limit;
        while (!await readiness.IsReadyAsync(ct))
        {
            if (host is { Host.HasExited: true } h) throw new BenchException($"the Aspire AppHost exited {h.Host.ExitCode} before {name} was ready:\n{h.Tail}");
            if (DateTime.UtcNow > deadline) throw new BenchException($"{name} was not ready within {Limit}" + (host is { } o ? ":\n" + o.Tail : ""));
            await Task.Delay(Poll, ct);
        }
    }

    /// A figure's own directory: emptied for a cold start, kept from the previous start for a warm one.
    private string Directory(Figure figure, bool cold)
    {
        var path = Path.Combine(root, figure.ToString().ToLowerInvariant());
        if (cold && System.IO.Directory.Exists(path)) System.IO.Directory.Delete(path, recursive: true);
        return System.IO.Directory.CreateDirectory(path).FullName;
    }

    private static string Loopback() => "http://127.0.0.1:" + Text(BareStack.FreePort());

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}

internal enum Figure
{
    GameDay,
    Bare,
    Aspire,
}

internal sealed class BenchException(string message) : Exception(message);
