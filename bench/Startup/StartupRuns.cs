using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;

namespace GameDay.Bench;

/// One start of each figure, from nothing running to every process serving: GameDay's `up` until it reports
/// every resource healthy; the bare processes started here; the same processes started by Aspire's DCP. Each
/// start stops what it started and fails when anything carrying its marker is still running afterwards.
internal sealed class StartupRuns(Tools tools, string root, CancellationToken ct)
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(50);
    /// GameDay stops its resources in order on SIGTERM; Aspire stops its executables and DCP.
    private static readonly TimeSpan Grace = TimeSpan.FromSeconds(60);

    public Task<double> GameDayAsync(bool cold)
    {
        var data = Directory(Figure.GameDay, cold);
        var tail = new OutputTail();
        var healthy = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        return MeasureAsync(data, tail, async (clock, started) =>
        {
            var host = Processes.Start(tools.Dotnet, [tools.AppHost, "up", "--data-dir", data, "--random-ports"], tools.Repository,
                Marker(data), line =>
                {
                    tail.Add(line);
                    if (line.StartsWith("healthy in ", StringComparison.Ordinal)) healthy.TrySetResult();
                    else if (line.StartsWith("NOT healthy", StringComparison.Ordinal)) healthy.TrySetException(new BenchException("up reported NOT healthy"));
                });
            started.Add(host);
            var deadline = Task.Delay(Limit, ct);
            var first = await Task.WhenAny(healthy.Task, host.WaitForExitAsync(ct), deadline);
            ct.ThrowIfCancellationRequested();
            if (healthy.Task.IsCompletedSuccessfully) return clock.Elapsed.TotalSeconds;
            var why = healthy.Task.IsFaulted ? "it reported NOT healthy" : host.HasExited ? $"it exited {host.ExitCode}" : $"not within {Limit}";
            throw new BenchException($"GameDay's up did not become healthy: {why}");
        });
    }

    public Task<double> BareAsync(bool cold)
    {
        var directory = Directory(Figure.Bare, cold);
        var stack = BareStack.Create(tools, directory, cold);
        return MeasureAsync(directory, null, async (clock, started) =>
        {
            await Task.WhenAll(stack.Select(async item =>
            {
                var (process, readiness) = item;
                if (process.Init is { } init
                    && await Processes.RunAsync(init.Path, init.Args, process.WorkingDirectory, process.Environment, ct) is { Code: not 0 } failed)
                {
                    throw new BenchException($"{process.Name}: its init step exited {failed.Code}:\n{failed.Output}");
                }
                var tail = new OutputTail();
                var running = Processes.Start(process.Path, process.Args, process.WorkingDirectory, process.Environment, tail.Add);
                started.Add(running);
                await WaitReadyAsync(process.Name, readiness, running, tail);
            }));
            return clock.Elapsed.TotalSeconds;
        });
    }

    public Task<double> UnderAspireAsync(bool cold)
    {
        var directory = Directory(Figure.Aspire, cold);
        var stack = BareStack.Create(tools, directory, cold);
        var spec = Path.Combine(directory, "spec.json");
        File.WriteAllText(spec, JsonSerializer.Serialize(stack.Select(s => s.Process), JsonSerializerOptions.Web));
        // The dashboard over plain HTTP on loopback; it starts beside the executables and is not waited for.
        var environment = new Dictionary<string, string>(Marker(directory))
        {
            ["ASPNETCORE_URLS"] = Loopback(),
            ["ASPIRE_DASHBOARD_OTLP_HTTP_ENDPOINT_URL"] = Loopback(),
            ["ASPIRE_RESOURCE_SERVICE_ENDPOINT_URL"] = Loopback(),
            ["ASPIRE_ALLOW_UNSECURED_TRANSPORT"] = "true",
            ["DOTNET_ENVIRONMENT"] = "Development",
        };
        var tail = new OutputTail();
        // WaitReadyAsync reports the host's output itself.
        return MeasureAsync(directory, null, async (clock, started) =>
        {
            var host = Processes.Start(tools.Dotnet, [tools.BareAspireHost, $"--Bench:Spec={spec}"], directory, environment, tail.Add);
            started.Add(host);
            await Task.WhenAll(stack.Select(s => WaitReadyAsync(s.Process.Name, s.Readiness, host, tail)));
            return clock.Elapsed.TotalSeconds;
        });
    }

    /// Times `start`, then stops what it started and fails on anything left running, unless the start failed itself
    /// (then leftovers are still killed, and the first failure is the one reported).
    private async Task<double> MeasureAsync(string marker, OutputTail? tail,
        Func<Stopwatch, ConcurrentBag<Process>, Task<double>> start)
    {
        var started = new ConcurrentBag<Process>();
        var failed = false;
        try
        {
            return await start(Stopwatch.StartNew(), started);
        }
        catch (BenchException e) when (tail is not null)
        {
            failed = true;
            throw new BenchException($"{e.Message}\n{tail}");
        }
        catch
        {
            failed = true;
            throw;
        }
        finally
        {
            var left = await Processes.StopAsync(started, marker, Grace);
            foreach (var process in started) process.Dispose();
            if (left.Count > 0 && !failed)
            {
                throw new BenchException($"still running {Grace.TotalSeconds:0} s after the stop (now killed):\n  " + string.Join("\n  ", left));
            }
        }
    }

    private async Task WaitReadyAsync(string name, Readiness readiness, Process process, OutputTail tail)
    {
        var waited = Stopwatch.StartNew();
        while (!await readiness.IsReadyAsync(ct))
        {
            if (process.HasExited) throw new BenchException($"{name}: {Path.GetFileName(process.StartInfo.FileName)} exited {process.ExitCode} before {name} was ready:\n{tail}");
            if (waited.Elapsed > Limit) throw new BenchException($"{name} was not ready within {Limit}:\n{tail}");
            await Task.Delay(Poll, ct);
        }
    }

    /// A figure's own directory, which is also its marker: emptied for a cold start, kept for a warm one.
    private string Directory(Figure figure, bool cold)
    {
        var path = Path.Combine(root, figure.ToString().ToLowerInvariant());
        if (cold && System.IO.Directory.Exists(path)) System.IO.Directory.Delete(path, recursive: true);
        return System.IO.Directory.CreateDirectory(path).FullName;
    }

    private static Dictionary<string, string> Marker(string directory) => new() { [Processes.MarkerVariable] = directory };

    private static string Loopback() => "http://127.0.0.1:" + BareStack.FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture);
}

internal enum Figure
{
    GameDay,
    Bare,
    Aspire,
}

internal sealed class BenchException(string message) : Exception(message);
