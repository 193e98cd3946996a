using GameDay.Chaos.Tests.Fakes;
using GameDay.Contracts;

namespace GameDay.Chaos.Tests.Regressions;

/// Regressions: values that passed a kind's checks and then failed at inject, or threw out of the checks. Each
/// comment names the bug its test guards against.
public sealed class ParameterBugTests : IAsyncLifetime
{
    private readonly ChaosRig rig = new();
    private AdminListener broker = null!;

    public async Task InitializeAsync()
    {
        broker = await AdminListener.StartAsync();
        rig.Stack.Add(ResourceNames.Broker, broker.Url);
        rig.Stack.Add(ResourceNames.ExecutionEngine);
        rig.Stack.AddWithProxy(ResourceNames.Postgres);
    }

    public async Task DisposeAsync()
    {
        await rig.DisposeAsync();
        await broker.DisposeAsync();
    }

    // FaultParameters.TryDuration hands NaN/∞/huge numbers to TimeSpan.FromMilliseconds, which throws (a 500 at the API).
    [Theory]
    [InlineData("1e300s")]
    [InlineData("NaNs")]
    [InlineData("Infinitym")]
    public void AnOutOfRangeDurationIsNotADurationRatherThanAnException(string text) =>
        Assert.False(FaultParameters.TryDuration(text, out _));

    // Same cause: the OverflowException escapes FaultParameters.Check (it catches FormatException only).
    [Fact]
    public async Task AnOutOfRangeLatencyIsRefusedAsABadValue()
    {
        var error = await Record.ExceptionAsync(() => rig.Engine.InjectAsync(Specs.Of("network.latency", ResourceNames.Postgres, "latency=1e300s"), default));

        Assert.IsType<FaultValidationException>(error);
    }

    // CrashLoopKind.Validate accepts 0; CrashLoopFault.SuperviseAsync then loops without ever yielding: InjectAsync never returns.
    [Theory]
    [InlineData("backoff=0s")]
    [InlineData("backoff=0ms")]
    public void ACrashLoopBackoffOfZeroIsRefused(string backoff) =>
        Assert.Contains("'backoff'", rig.Check(Specs.Of("config.crash-loop", ResourceNames.ExecutionEngine, "key=A", backoff)), StringComparison.Ordinal);

    // BandwidthKind, ConnectionCapKind and LatencyKind check only that values parse; the proxy refuses
    // them at inject with its own field names, and max above int.MaxValue wraps (4294967297 becomes a cap of 1).
    [Theory]
    [InlineData("network.bandwidth", "bytesPerSecond=0", "'bytesPerSecond'")]
    [InlineData("network.bandwidth", "bytesPerSecond=-5", "'bytesPerSecond'")]
    [InlineData("network.connection-cap", "max=-1", "'max'")]
    [InlineData("network.connection-cap", "max=4294967297", "'max'")]
    [InlineData("network.latency", "latency=1441m", "'latency'")]
    public void ANetworkValueTheProxyWouldRefuseIsRefusedByTheKindNamingTheParameter(string kind, string with, string parameter) =>
        Assert.Contains(parameter, rig.Check(Specs.Of(kind, ResourceNames.Postgres, with)), StringComparison.Ordinal);

    // VenueErrorsKind.Validate: no range for latencyMs, NaN passes "< 0 or > 1", no errorRate + timeoutRate <= 1 (the
    // broker's rule); the broker then answers 400 at inject.
    [Theory]
    [InlineData("latencyMs=-1")]
    [InlineData("latencyMs=3000000000")]
    [InlineData("errorRate=NaN")]
    [InlineData("errorRate=0.7;timeoutRate=0.6")]
    public void AVenueErrorsValueTheBrokerWouldRefuseIsRefused(string with) =>
        Assert.NotNull(rig.Check(Specs.Of("venue.errors", null, with.Split(';'))));

    // Validate and Create use one default for errorRate (0.5): a timeoutRate that, with it, would ask the broker for
    // more than every call is refused; one that fits is sent as validated.
    [Fact]
    public async Task AcceptedVenueErrorsNeverAskTheBrokerForMoreThanEveryCall()
    {
        Assert.NotNull(rig.Check(Specs.Of("venue.errors", null, "timeoutRate=0.8")));
        var spec = Specs.Of("venue.errors", null, "timeoutRate=0.4");
        Assert.Null(rig.Check(spec));

        await rig.Create(spec).InjectAsync(default);

        using var body = System.Text.Json.JsonDocument.Parse(Assert.Single(broker.Requests).Body);
        Assert.True(body.RootElement.GetProperty("errorRate").GetDouble() + body.RootElement.GetProperty("timeoutRate").GetDouble() <= 1);
    }
}
