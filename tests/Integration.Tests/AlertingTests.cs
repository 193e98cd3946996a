using GameDay.Contracts;
using Xunit.Abstractions;

namespace GameDay.Integration.Tests;

[Collection(StackCollection.Name)]
public sealed class AlertingTests(StackFixture stack, ITestOutputHelper output) : IAsyncLifetime
{
    public Task InitializeAsync() => stack.EnsureHealthyAsync();

    public Task DisposeAsync() => stack.EnsureHealthyAsync();

    [Fact]
    public async Task StoppingTheExecutionEngineRaisesServiceDownWithin15SecondsAndResolvesAfterARestart()
    {
        static bool EngineDown(ReceivedAlert a) => a.Name == "ServiceDown" && a.Label("resource") == ResourceNames.ExecutionEngine;

        var stoppedAt = stack.Alerts.Now;
        Assert.True((await stack.App.ExecuteCommandAsync(ResourceNames.ExecutionEngine, "stop")).Succeeded);

        var firing = await stack.Alerts.WaitForAsync(a => EngineDown(a) && a.Status == "firing", stoppedAt, TestTimeouts.AlertDelivery);
        Assert.True(firing is not null, $"no firing ServiceDown for execution-engine within {TestTimeouts.AlertDelivery.TotalSeconds:0} s; received: "
            + string.Join(", ", stack.Alerts.Alerts.Select(a => $"{a.Name}/{a.Status}")) + "\n" + Logs.Tails(stack));
        output.WriteLine($"ServiceDown for execution-engine reached the webhook {(firing.ReceivedAt - stoppedAt).TotalSeconds:0.0} s after the stop");
        Assert.Equal("P1", firing.Label("severity"));
        Assert.Equal("service-crash", firing.Label("runbook"));

        var restartedAt = stack.Alerts.Now;
        Assert.True((await stack.App.ExecuteCommandAsync(ResourceNames.ExecutionEngine, "start")).Succeeded);
        await stack.App.WaitForResourceAsync(ResourceNames.ExecutionEngine, s => s.IsHealthy, TestTimeouts.ResourceHealthy);
        var resolved = await stack.Alerts.WaitForAsync(a => EngineDown(a) && a.Status == "resolved", restartedAt, TestTimeouts.AlertResolution);
        Assert.True(resolved is not null, "no resolved ServiceDown for execution-engine after the restart");
        output.WriteLine($"resolved notification {(resolved.ReceivedAt - restartedAt).TotalSeconds:0.0} s after the restart command");
    }

    [Fact]
    public async Task TheWatchdogAlertReachesTheWebhook()
    {
        var watchdog = await stack.Alerts.WaitForAsync(a => a.Name == "Watchdog" && a.Status == "firing", TimeSpan.Zero, TestTimeouts.AlertResolution);
        Assert.NotNull(watchdog);
    }
}
