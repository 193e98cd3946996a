using System.Text.Json;
using GameDay.Chaos.Tests.Fakes;
using GameDay.Contracts;

namespace GameDay.Chaos.Tests.Kinds;

/// app.latency and app.errors: one scope's Simmy chaos set through the service's /admin/chaos/{scope}.
public sealed class AppFaultTests : IAsyncLifetime
{
    private const string Target = ResourceNames.SignalGenerator;

    private readonly ChaosRig rig = new();
    private AdminListener service = null!;

    public async Task InitializeAsync()
    {
        service = await AdminListener.StartAsync();
        rig.Stack.Add(Target, service.Url);
    }

    public async Task DisposeAsync()
    {
        await rig.DisposeAsync();
        await service.DisposeAsync();
    }

    [Fact]
    public async Task LatencyPutsTheScopesChaosAndRevertDeletesIt()
    {
        var fault = rig.Create(Specs.Of("app.latency", Target, "latency=6s"));

        await fault.InjectAsync(default);
        var put = Assert.Single(service.Requests);
        Assert.Equal(("PUT", "/admin/chaos/processing", FakeStack.Token), (put.Method, put.Path, put.AdminToken));
        using (var body = JsonDocument.Parse(put.Body))
        {
            var root = body.RootElement;
            Assert.Equal((6000.0, 0.0, 1.0, 60.0), (root.GetProperty("latencyMs").GetDouble(), root.GetProperty("faultRate").GetDouble(),
                root.GetProperty("injectionRate").GetDouble(), root.GetProperty("durationSeconds").GetDouble()));
            Assert.Equal((Specs.Run, "app.latency@signal-generator/processing"), (root.GetProperty("runId").GetString(), root.GetProperty("faultId").GetString()));
        }

        await fault.RevertAsync(default);
        var delete = service.Requests[1];
        Assert.Equal(("DELETE", "/admin/chaos/processing", FakeStack.Token), (delete.Method, delete.Path, delete.AdminToken));
    }

    [Fact]
    public async Task ErrorsPutTheRateOnTheChosenScope()
    {
        await rig.Create(Specs.Of("app.errors", Target, "rate=0.2", "scope=db")).InjectAsync(default);

        var put = Assert.Single(service.Requests);
        Assert.Equal("/admin/chaos/db", put.Path);
        using var body = JsonDocument.Parse(put.Body);
        Assert.Equal((0.0, 0.2, 1.0), (body.RootElement.GetProperty("latencyMs").GetDouble(), body.RootElement.GetProperty("faultRate").GetDouble(),
            body.RootElement.GetProperty("injectionRate").GetDouble()));
    }

    [Theory]
    [InlineData(1_200, 2)]
    [InlineData(200, 1)]
    public async Task TheServiceEndsTheChaosByItselfNoLaterThanTheFaultsDurationRoundedUp(int milliseconds, int seconds)
    {
        await rig.Create(Specs.Of("app.errors", Target, "rate=1") with { Duration = TimeSpan.FromMilliseconds(milliseconds) }).InjectAsync(default);

        using var body = JsonDocument.Parse(Assert.Single(service.Requests).Body);
        Assert.Equal(seconds, body.RootElement.GetProperty("durationSeconds").GetDouble());
    }

    [Fact]
    public async Task ASecondRevertOrOneAfterTheServiceEndedTheChaosItselfIsHarmless()
    {
        var fault = rig.Create(Specs.Of("app.latency", Target, "latency=1s", "scope=http"));
        await fault.InjectAsync(default);

        await fault.RevertAsync(default);
        await fault.RevertAsync(default);

        Assert.Equal(["PUT", "DELETE", "DELETE"], service.Requests.Select(r => r.Method));
        Assert.All(service.Requests, r => Assert.Equal("/admin/chaos/http", r.Path));
    }

    [Fact]
    public async Task AServiceThatRefusesMakesTheInjectFailWithItsAnswer()
    {
        service.Status = 400;

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => rig.Create(Specs.Of("app.errors", Target, "rate=0.5")).InjectAsync(default));

        Assert.Contains($"PUT {Target}/admin/chaos/http: 400", error.Message, StringComparison.Ordinal);
    }

    // Regression: the engine's twin check (FaultEngine.Validate) is per kind and target, but PUT /admin/chaos/{scope}
    // replaces the scope's one ChaosSetting and DELETE clears it (ServiceDefaults/Chaos/ChaosState.cs): an
    // app.errors on a scope silently ends an app.latency on it, and reverting either ends both.
    [Fact]
    public async Task TwoAppFaultsOnOneScopeDoNotUndoEachOther()
    {
        var latency = await rig.Engine.InjectAsync(Specs.Of("app.latency", Target, "latency=2s", "scope=http"), default);
        var errors = await Record.ExceptionAsync(() => rig.Engine.InjectAsync(Specs.Of("app.errors", Target, "rate=0.5", "scope=http"), default));
        if (errors is FaultValidationException) return;

        Assert.Equal(FaultStates.Active, rig.Engine.Find(latency.Id)!.State);
        var last = service.Requests[^1];
        Assert.False(last.Method == "PUT" && !last.Body.Contains("\"latencyMs\":2000", StringComparison.Ordinal),
            $"app.latency is shown active but the scope now holds only {last.Body}");
    }
}
