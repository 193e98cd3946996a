using GameDay.Contracts;
using GameDay.Hosting;

namespace GameDay.Chaos.Tests.Kinds;

/// config.env: one setting changed (or removed) and a restart; revert removes the override and restarts.
public sealed class ConfigFaultTests : IAsyncLifetime
{
    private const string Target = ResourceNames.RiskManager;

    private readonly ChaosRig rig = new();

    public ConfigFaultTests() => rig.Stack.Add(Target);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await rig.DisposeAsync();

    [Fact]
    public async Task InjectRestartsTheTargetWithTheSettingAndRevertRestartsItWithout()
    {
        var fault = rig.Create(Specs.Of("config.env", Target, "key=Risk__MaxOrderValue", "value=1"));

        await fault.InjectAsync(default);
        Assert.Equal(["restart"], rig.Stack.CommandsTo(Target));
        Assert.Equal("1", rig.Stack[Target].Starts[^1]["Risk__MaxOrderValue"]);

        await fault.RevertAsync(default);
        Assert.Equal(["restart", "restart"], rig.Stack.CommandsTo(Target));
        Assert.Empty(rig.Stack[Target].Starts[^1]);
        Assert.Empty(rig.Stack.ConfigOverrides(Target));

        var again = await fault.RevertAsync(default);
        Assert.Equal(["restart", "restart"], rig.Stack.CommandsTo(Target));
        Assert.Contains("already restored", again, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithoutAValueTheSettingIsRemovedForTheRestart()
    {
        var fault = rig.Create(Specs.Of("config.env", Target, "key=ConnectionStrings__tradingdb"));

        var detail = await fault.InjectAsync(default);

        var started = rig.Stack[Target].Starts[^1];
        Assert.True(started.ContainsKey("ConnectionStrings__tradingdb"));
        Assert.Null(started["ConnectionStrings__tradingdb"]);
        Assert.Contains("ConnectionStrings__tradingdb removed", detail, StringComparison.Ordinal);

        await fault.RevertAsync(default);
        Assert.Empty(rig.Stack.ConfigOverrides(Target));
    }

    [Fact]
    public async Task RevertAfterSomeoneElseRestoredTheSettingDoesNotRestartAgain()
    {
        var fault = rig.Create(Specs.Of("config.env", Target, "key=Risk__MaxOrderValue", "value=1"));
        await fault.InjectAsync(default);

        rig.Stack.ClearConfigOverride(Target, "Risk__MaxOrderValue");
        var detail = await fault.RevertAsync(default);

        Assert.Equal(["restart"], rig.Stack.CommandsTo(Target));
        Assert.Contains("already restored", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RevertRemovesOnlyItsOwnKey()
    {
        rig.Stack.SetConfigOverride(Target, "Other__Setting", "kept");
        var fault = rig.Create(Specs.Of("config.env", Target, "key=Risk__MaxOrderValue", "value=1"));
        await fault.InjectAsync(default);

        await fault.RevertAsync(default);

        Assert.Equal(new Dictionary<string, string?> { ["Other__Setting"] = "kept" }, rig.Stack.ConfigOverrides(Target));
    }

    [Fact]
    public async Task ARefusedRestartFailsTheInjectAndTheRevertAfterItRemovesTheHalfAppliedSetting()
    {
        var fault = rig.Create(Specs.Of("config.env", Target, "key=Risk__MaxOrderValue", "value=1"));
        rig.Stack.Refuse(Target, "restart");

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => fault.InjectAsync(default));
        Assert.Contains($"restart {Target}", error.Message, StringComparison.Ordinal);

        await fault.RevertAsync(default);
        Assert.Empty(rig.Stack.ConfigOverrides(Target));
        Assert.Equal(ResourceState.Running, rig.Stack[Target].State);
        Assert.Empty(rig.Stack[Target].Starts[^1]);
    }
}
