using GameDay.AppHost.Drills;
using GameDay.Contracts;
using GameDay.Scenarios;
using Xunit.Abstractions;

namespace GameDay.Integration.Tests.Drills;

/// Runs a scenario of the repository's scenarios/ against a test collection's stack, as `./gameday drill` does.
public static class DrillHarness
{
    /// The ids of the repository's scenarios, in order.
    public static IEnumerable<string> ScenarioIds() =>
        Directory.GetFiles(Path.Combine(RepositoryRoot(), "scenarios"), "*.yaml").Select(f => Path.GetFileNameWithoutExtension(f)).Order(StringComparer.Ordinal);

    /// The drill runs end to end with the responder's autopilot, and every check of its journal passes.
    public static async Task PassesEveryCheckAsync(StackFixture stack, string scenario, ITestOutputHelper output)
    {
        var journal = await RunAsync(stack, scenario, output);

        Assert.True(journal.Outcome == DrillJournal.Passed, $"{scenario} {journal.Outcome}:\n{Failures(journal)}");
        Assert.NotNull(journal.Measures.MttdSeconds);
        Assert.NotNull(journal.Measures.MttrSeconds);
        Assert.All(journal.Faults, f => Assert.Equal(GameDay.Chaos.FaultStates.Reverted, f.State));
        // The report's timeline has what the autopilot did, among the drill's own events and in time order.
        Assert.Contains(journal.Events, e => e.Kind == "responder" && e.Text.Contains("step_succeeded", StringComparison.Ordinal));
        Assert.Equal(journal.Events.OrderBy(e => e.At).Select(e => e.At), journal.Events.Select(e => e.At));
    }

    public static Scenario Load(StackFixture stack, string id)
    {
        var repo = stack.App.Resources.Count > 0 ? RepositoryRoot() : throw new InvalidOperationException("no stack");
        var result = ScenarioCatalog.Loader(repo, stack.App.Resources.Select(r => r.Name)).Load(Path.Combine(repo, "scenarios", id + ".yaml"));
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        return Assert.Single(result.Scenarios);
    }

    public static async Task<DrillJournal> RunAsync(StackFixture stack, string id, ITestOutputHelper output, DrillOptions? options = null)
    {
        var scenario = Load(stack, id);
        using var control = stack.App.CreateControlApiClient();
        await using var env = await ConnectAsync(stack, control);
        using var timeout = new CancellationTokenSource(TestTimeouts.Drill);
        var journal = await new DrillRunner(env, TimeProvider.System, new OutputObserver(output))
            .RunAsync(scenario, options ?? new DrillOptions(Seed: 42), timeout.Token);
        output.WriteLine($"{journal.Outcome}: MTTD {journal.Measures.MttdSeconds:0.0} s, MTTA {journal.Measures.MttaSeconds:0.0} s, MTTR {journal.Measures.MttrSeconds:0.0} s");
        return journal;
    }

    public static Task<DrillEnvironment> ConnectAsync(StackFixture stack, GameDay.Hosting.Control.ControlApiClient control) =>
        DrillEnvironment.ConnectAsync(control, Endpoint(stack), stack.App.AdminToken,
            stack.App.GetConnectionString(ResourceNames.TradingDb), stack.App.GetConnectionString(ResourceNames.Redis));

    public static string Failures(DrillJournal journal) =>
        string.Join("\n", journal.Checks.Where(c => !c.Passed).Select(c => $"{c.Name}: {c.Detail}"));

    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "GameDay.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("GameDay.sln not found above the test binaries");
    }

    private static Func<string, Uri> Endpoint(StackFixture stack) => resource =>
    {
        using var client = stack.App.CreateHttpClient(resource);
        return client.BaseAddress!;
    };

    private sealed class OutputObserver(ITestOutputHelper output) : IDrillObserver
    {
        public void OnEvent(DrillEvent drillEvent) => Write($"{(drillEvent.Offset < 0 ? "-" : $"+{drillEvent.Offset:0.0}s"),8} {drillEvent.Kind,-10} {drillEvent.Text}");

        public void OnCheck(DrillCheck check) => Write($"{"",8} {(check.Passed ? "PASS" : "FAIL"),-10} {check.Name}: {check.Detail}");

        private void Write(string line)
        {
            try
            {
                output.WriteLine(line);
            }
            catch (InvalidOperationException)
            {
                // The test already ended (an aborted drill reporting late).
            }
        }
    }
}
