namespace GameDay.Chaos.Tests.Kinds;

/// data.* inject and revert need a real PostgreSQL or Redis and are exercised by the integration drills. What
/// holds without one: a revert of a fault that changed nothing (its inject never ran or failed at once) touches
/// nothing (the fake stack has no connection strings, so any use of the database or Redis would throw).
public sealed class DataFaultTests : IAsyncLifetime
{
    private readonly ChaosRig rig = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await rig.DisposeAsync();

    [Theory]
    [InlineData("data.hold-connections", "count=3", "0 held connections closed")]
    [InlineData("data.lock-table", "table=orders", "no lock was taken")]
    [InlineData("data.poison-messages", "stream=signals", "nothing was added")]
    [InlineData("data.position-drift", "delta=7", "nothing was changed")]
    [InlineData("data.invalid-index", "history=10", "nothing was changed")]
    public async Task ARevertWhenNothingWasChangedIsANoOp(string kind, string with, string expected)
    {
        var fault = rig.Create(Specs.Of(kind, null, with));

        Assert.Equal(expected, await fault.RevertAsync(default));
        Assert.Equal(expected, await fault.RevertAsync(default));
    }

    [Theory]
    [InlineData("data.hold-connections", "count=3", "0 held connections closed")]
    [InlineData("data.hold-connections", "fill=0.9", "0 held connections closed")]
    [InlineData("data.lock-table", "table=orders", "no lock was taken")]
    [InlineData("data.position-drift", "delta=7", "nothing was changed")]
    [InlineData("data.invalid-index", "history=10", "nothing was changed")]
    public async Task ARevertAfterAnInjectThatCouldNotReachTheDatabaseIsANoOp(string kind, string with, string expected)
    {
        var fault = rig.Create(Specs.Of(kind, null, with));

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => fault.InjectAsync(default));

        Assert.Equal("the stack has no tradingdb", error.Message);
        Assert.Equal(expected, await fault.RevertAsync(default));
    }
}
