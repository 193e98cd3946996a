using GameDay.Contracts;

namespace GameDay.Chaos.Tests.Kinds;

/// data.stuck-entry names the consumer (its target, whose group holds the entry) and a stream whose consumers take a copy
/// of an entry as a repeat; inject and revert need Redis and are exercised by the consumer-stalled drills.
public sealed class StuckEntryKindTests : IAsyncLifetime
{
    private readonly ChaosRig rig = new();

    public Task InitializeAsync()
    {
        rig.Stack.Add(ResourceNames.RiskManager, "http://127.0.0.1:1");
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await rig.DisposeAsync();

    [Theory]
    [InlineData("market.ticks")]
    [InlineData("signals")]
    public void ATickOrSignalStreamOfAKnownConsumerIsAccepted(string stream) =>
        Assert.Null(rig.Check(Specs.Of("data.stuck-entry", ResourceNames.RiskManager, $"stream={stream}")));

    [Theory]
    [InlineData(ResourceNames.RiskManager, "orders.approved", "'stream' must be one of market.ticks, signals.")]
    [InlineData(ResourceNames.RiskManager, null, "stream")]
    [InlineData(null, "market.ticks", "target")]
    public void AnotherStreamOrAMissingTargetIsRefused(string? target, string? stream, string expected)
    {
        var error = rig.Check(Specs.Of("data.stuck-entry", target, stream is null ? [] : [$"stream={stream}"]));

        Assert.NotNull(error);
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }
}
