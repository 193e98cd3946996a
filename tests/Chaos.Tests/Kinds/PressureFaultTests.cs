using System.Text.Json;
using GameDay.Chaos.Tests.Fakes;
using GameDay.Contracts;

namespace GameDay.Chaos.Tests.Kinds;

/// process.memory-leak and process.cpu-burn: the service's /admin/chaos/pressure, set for the fault's duration
/// and cleared on revert (twice is harmless: the service's DELETE is idempotent).
public sealed class PressureFaultTests : IAsyncLifetime
{
    private const string Target = ResourceNames.ExecutionEngine;

    private readonly ChaosRig rig = new();
    private AdminListener service = null!;

    public async Task InitializeAsync()
    {
        service = await AdminListener.StartAsync();
        rig.Stack.Add(Target, service.Url);
        rig.Stack.AddWithProxy(ResourceNames.Postgres);
        rig.Stack[ResourceNames.Postgres].Type = "Postgres";
    }

    public async Task DisposeAsync()
    {
        await rig.DisposeAsync();
        await service.DisposeAsync();
    }

    [Fact]
    public async Task AMemoryLeakPutsItsRateAndCapAndTheRevertDeletesIt()
    {
        var fault = rig.Create(Specs.Of("process.memory-leak", Target, "rate=3", "cap=512"));

        Assert.Equal("PUT execution-engine/admin/chaos/pressure: 200", await fault.InjectAsync(default));
        var put = Assert.Single(service.Requests);
        Assert.Equal(("PUT", "/admin/chaos/pressure", FakeStack.Token), (put.Method, put.Path, put.AdminToken));
        using (var body = JsonDocument.Parse(put.Body))
        {
            var root = body.RootElement;
            Assert.Equal((3.0, 512, 60.0), (root.GetProperty("leakMbPerSecond").GetDouble(), root.GetProperty("leakCapMb").GetInt32(),
                root.GetProperty("durationSeconds").GetDouble()));
            Assert.Equal((Specs.Run, "process.memory-leak@execution-engine"), (root.GetProperty("runId").GetString(), root.GetProperty("faultId").GetString()));
        }

        await fault.RevertAsync(default);
        await fault.RevertAsync(default);
        Assert.All(service.Requests.Skip(1), r => Assert.Equal(("DELETE", "/admin/chaos/pressure"), (r.Method, r.Path)));
    }

    [Fact]
    public async Task ACpuBurnPutsItsCoresWithDefaults()
    {
        await rig.Create(Specs.Of("process.cpu-burn", Target)).InjectAsync(default);

        using var body = JsonDocument.Parse(Assert.Single(service.Requests).Body);
        Assert.Equal(1, body.RootElement.GetProperty("cpuCores").GetInt32());
        Assert.False(body.RootElement.TryGetProperty("leakMbPerSecond", out _));
    }

    [Fact]
    public async Task AServiceThatRefusesMakesTheInjectFailWithItsAnswer()
    {
        service.Status = 400;

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => rig.Create(Specs.Of("process.cpu-burn", Target, "cores=2")).InjectAsync(default));

        Assert.StartsWith("PUT execution-engine/admin/chaos/pressure: 400", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("process.memory-leak", "execution-engine", "rate=0", "'rate' must be between 0.1 and 256.")]
    [InlineData("process.memory-leak", "execution-engine", "cap=5000", "'cap' must be between 1 and 4096.")]
    [InlineData("process.cpu-burn", "execution-engine", "cores=9", "'cores' must be between 1 and 8.")]
    [InlineData("process.cpu-burn", "postgres", "cores=1", "'postgres' is a Postgres, not a service")]
    public void ABadValueOrANonServiceTargetIsRefused(string kind, string target, string with, string expected) =>
        Assert.StartsWith(expected, rig.Check(Specs.Of(kind, target, with)), StringComparison.Ordinal);

    [Fact]
    public async Task ALeakAndABurnOnTheSameServiceConflict()
    {
        await rig.Engine.InjectAsync(Specs.Of("process.memory-leak", Target), default);

        var error = await Assert.ThrowsAsync<FaultValidationException>(() => rig.Engine.InjectAsync(Specs.Of("process.cpu-burn", Target), default));

        Assert.Contains("process.memory-leak", error.Message, StringComparison.Ordinal);
        Assert.Single(service.Requests);
    }
}
