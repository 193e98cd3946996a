using System.Diagnostics;
using System.Net.Http.Json;
using GameDay.AppHost.Drills;
using GameDay.Chaos;
using GameDay.Contracts;
using StackExchange.Redis;
using Xunit.Abstractions;

namespace GameDay.Integration.Tests.Drills;

/// A drill that dies or is aborted leaves no fault behind: the AppHost owns every fault, `heal` reverts what a
/// killed runner left, and an aborted drill reverts its own faults before it returns.
[Collection(StackCollection.Name)]
public sealed class DrillSafetyTests(StackFixture stack, ITestOutputHelper output) : IAsyncLifetime
{
    public Task InitializeAsync() => stack.EnsureHealthyAsync();

    public Task DisposeAsync() => stack.EnsureHealthyAsync();

    [Fact]
    public async Task HealAfterAKilledDrillRunnerLeavesNoFaultActive()
    {
        using var control = stack.App.CreateControlApiClient();
        using var runner = Cli("drill", "service-crash", "--mode", "off");
        // Active, not only injecting: a runner killed mid-inject cancels its inject, and the fault is reverted at once.
        await Eventually.Async(stack, "the drill runner's fault is active", async () =>
            (await ActiveAsync(control)).Any(f => f.State == FaultStates.Active), TestTimeouts.AlertResolution);

        runner.Kill(entireProcessTree: true);
        await runner.WaitForExitAsync();
        Assert.NotEmpty(await ActiveAsync(control));

        using var heal = Cli("heal");
        await heal.WaitForExitAsync();
        output.WriteLine(await heal.StandardOutput.ReadToEndAsync());
        Assert.Equal(0, heal.ExitCode);
        Assert.Empty(await ActiveAsync(control));
        await stack.App.WaitForResourceAsync(ResourceNames.ExecutionEngine, s => s.IsHealthy, TestTimeouts.ResourceHealthy);
    }

    [Fact]
    public async Task AnAbortedDrillRevertsItsFaultsAndLeavesTheStackHealthy()
    {
        using var abort = new CancellationTokenSource();
        var scenario = DrillHarness.Load(stack, "consumer-stalled");
        using var control = stack.App.CreateControlApiClient();
        await using var env = await DrillHarness.ConnectAsync(stack, control);
        var observer = new AbortOnInject(abort);

        var journal = await new DrillRunner(env, TimeProvider.System, observer).RunAsync(scenario, new DrillOptions(42, "off"), abort.Token);

        Assert.Equal(DrillJournal.Aborted, journal.Outcome);
        Assert.NotEmpty(journal.Faults);
        Assert.All(journal.Faults, f => Assert.Equal(FaultStates.Reverted, f.State));
        Assert.Empty(await ActiveAsync(control));
        // Nor is its stuck entry left with the risk manager's consumer: reverted just as the consumer read it, the copy
        // was deleted but stayed pending for it, and the consumer held it until the lease ended (CI: every order refused
        // on a stale reference price for five minutes after this test).
        Assert.Empty(await DeletedButPendingAsync(StreamNames.MarketTicks, ResourceNames.RiskManager));
        await stack.App.WaitForAllHealthyAsync(TestTimeouts.ResourceHealthy);
    }

    /// Entries pending for the group that are no longer in the stream: nothing can deliver them again, and a consumer
    /// holding one (a stuck entry) holds it until its lease ends.
    private async Task<List<string>> DeletedButPendingAsync(string stream, string group)
    {
        var redis = stack.Redis.GetDatabase();
        var deleted = new List<string>();
        foreach (var pending in await redis.StreamPendingMessagesAsync(stream, group, 100, RedisValue.Null))
        {
            if ((await redis.StreamRangeAsync(stream, pending.MessageId, pending.MessageId)).Length == 0) deleted.Add(pending.MessageId!);
        }
        return deleted;
    }

    private static async Task<List<FaultView>> ActiveAsync(GameDay.Hosting.Control.ControlApiClient control) =>
        await control.Http.GetFromJsonAsync<List<FaultView>>("api/faults?active=true") ?? [];

    /// `./gameday <verb>` against this test's stack (its data directory names the running AppHost).
    private Process Cli(params string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "GameDay.AppHost.dll"));
        foreach (var arg in args) info.ArgumentList.Add(arg);
        info.ArgumentList.Add("--data-dir");
        info.ArgumentList.Add(stack.App.DataDirectory);
        return Process.Start(info) ?? throw new InvalidOperationException("dotnet did not start");
    }

    private sealed class AbortOnInject(CancellationTokenSource abort) : IDrillObserver
    {
        public void OnEvent(DrillEvent drillEvent)
        {
            if (drillEvent.Kind == "inject") abort.Cancel();
        }

        public void OnCheck(DrillCheck check)
        {
        }
    }
}
