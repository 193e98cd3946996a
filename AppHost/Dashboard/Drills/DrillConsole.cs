using GameDay.AppHost.Drills;
using GameDay.Contracts;
using GameDay.Hosting;
using GameDay.Hosting.Control;
using GameDay.Scenarios;

namespace GameDay.AppHost.Dashboard.Drills;

public sealed record ScenarioEntry(Scenario Scenario, DrillResult? Last);

public sealed record CatalogView(IReadOnlyList<ScenarioEntry> Scenarios, IReadOnlyList<string> CatalogIds, IReadOnlyList<string> Uncovered, IReadOnlyList<string> Errors);

/// Drills started from the dashboard: the scenario catalog with coverage and each scenario's last result, and one
/// drill at a time run in the AppHost (the same runner as `./gameday drill`), followed live by every open page.
/// Stopping the AppHost aborts a running drill, which reverts its faults.
public sealed class DrillConsole(IStackControl stack, string repositoryRoot, IReadOnlyList<string> resources) : IAsyncDisposable
{
    private readonly Lock gate = new();
    private readonly CancellationTokenSource stopping = new();
    private CancellationTokenSource? abort;
    private Task running = Task.CompletedTask;

    public LiveDrill? Current { get; private set; }

    /// Where the dashboard's drills write their journals and reports.
    public string Directory => Path.Combine(stack.DataDirectory, "drills");

    public CatalogView Catalog()
    {
        var loaded = ScenarioCatalog.Load(repositoryRoot, resources);
        var latest = DrillResults.Latest([Directory, Path.Combine(repositoryRoot, ".gameday", "drills")]);
        var ids = ScenarioCatalog.CatalogIds(repositoryRoot);
        var covered = loaded.Scenarios.SelectMany(s => s.Catalog).ToHashSet(StringComparer.Ordinal);
        return new CatalogView(
            [.. loaded.Scenarios.OrderBy(s => s.Id, StringComparer.Ordinal).Select(s => new ScenarioEntry(s, latest.GetValueOrDefault(s.Id)))],
            ids, [.. ids.Where(id => !covered.Contains(id))], [.. loaded.Errors.Select(e => e.ToString())]);
    }

    /// Starts a drill unless one runs; the answer says what happened. In trainee mode nothing is approved for the
    /// trainee: the lead approves on the incident's page.
    public string Start(string scenarioId, string mode, bool approveGatedSteps)
    {
        var loaded = ScenarioCatalog.Loader(repositoryRoot, resources).Load(Path.Combine(repositoryRoot, "scenarios", scenarioId + ".yaml"));
        if (!loaded.Succeeded) return $"cannot start {scenarioId}: {string.Join("; ", loaded.Errors)}";
        var scenario = loaded.Scenarios[0];
        lock (gate)
        {
            if (Current is { Running: true } busy) return $"{busy.Scenario} is still running; wait for its verdict or abort it.";
            if (mode is not (DrillOptions.Autopilot or DrillOptions.Trainee or DrillOptions.Off)) return $"unknown responder mode '{mode}'";
            var options = new DrillOptions(stack.Seed, mode) { ApproveGatedSteps = approveGatedSteps && mode != DrillOptions.Trainee };
            var live = new LiveDrill(scenario.Id, scenario.Title, options.Mode, options.Seed, stack.Time.GetUtcNow());
            abort?.Dispose();
            abort = CancellationTokenSource.CreateLinkedTokenSource(stopping.Token);
            Current = live;
            running = Task.Run(() => RunAsync(scenario, options, live, abort.Token));
            return $"drill {scenario.Id} started (seed {options.Seed})";
        }
    }

    public string Abort()
    {
        lock (gate)
        {
            if (Current is not { Running: true } live) return "no drill is running";
            abort?.Cancel();
            return $"aborting {live.Scenario}: its faults are reverted";
        }
    }

    private async Task RunAsync(Scenario scenario, DrillOptions options, LiveDrill live, CancellationToken ct)
    {
        try
        {
            using var control = new ControlApiClient(stack.ControlUrl, stack.AdminToken);
            await using var env = await DrillEnvironment.ConnectAsync(control, r => new Uri(stack.EndpointUrl(r)!), stack.AdminToken,
                stack.ConnectionString(ResourceNames.TradingDb)!, stack.ConnectionString(ResourceNames.Redis)!);
            var journal = await new DrillRunner(env, stack.Time, live).RunAsync(scenario, options, ct);
            await DrillFiles.WriteAsync(journal, Directory);
            live.Finish(journal);
        }
        catch (Exception e)
        {
            live.Fail($"{e.GetType().Name}: {e.Message}");
        }
    }

    /// The AppHost is stopping: a running drill is aborted and reverts its faults while the control API still answers
    /// (its journal says aborted). Waits at most `timeout`.
    public void AbortForShutdown(TimeSpan timeout)
    {
        stopping.Cancel();
        running.Wait(timeout);
    }

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        await running;
        stopping.Dispose();
        abort?.Dispose();
    }
}
