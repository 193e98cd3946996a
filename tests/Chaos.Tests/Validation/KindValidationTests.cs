using GameDay.Contracts;

namespace GameDay.Chaos.Tests.Validation;

/// Each kind's own checks, through the engine: a bad value is refused with a message naming the parameter,
/// and nothing is touched. Values at the edges of each range are accepted.
public sealed class KindValidationTests : IAsyncLifetime
{
    private readonly ChaosRig rig = new();

    public KindValidationTests()
    {
        rig.Stack.Add(ResourceNames.ExecutionEngine);
        rig.Stack.Add(ResourceNames.Orchestrator, "http://127.0.0.1:9");
        rig.Stack.AddWithProxy(ResourceNames.Postgres);
        rig.Stack[ResourceNames.Postgres].Type = "Postgres";
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await rig.DisposeAsync();

    [Theory]
    [InlineData("network.latency", "postgres", "latency=fast", "'latency' must be a duration like 500ms, 30s or 2m, not 'fast'.")]
    [InlineData("network.latency", "postgres", "latency=1s;jitter=lots", "'jitter' must be a duration like 500ms, 30s or 2m, not 'lots'.")]
    [InlineData("network.latency", "postgres", "latency=-5ms", "'latency' must be a duration like 500ms, 30s or 2m, not '-5ms'.")]
    [InlineData("network.connection-cap", "postgres", "max=many", "'max' must be an integer, not 'many'.")]
    [InlineData("network.bandwidth", "postgres", "bytesPerSecond=1MB", "'bytesPerSecond' must be an integer, not '1MB'.")]
    [InlineData("config.crash-loop", "execution-engine", "key=A;backoff=soon", "'backoff' must be a duration like 500ms, 30s or 2m, not 'soon'.")]
    [InlineData("venue.errors", null, "errorRate=1.5", "'errorRate' must be between 0 and 1.")]
    [InlineData("venue.errors", null, "timeoutRate=-0.1", "'timeoutRate' must be between 0 and 1.")]
    [InlineData("venue.errors", null, "errorRate=half", "'errorRate' must be a number, not 'half'.")]
    [InlineData("venue.errors", null, "latencyMs=slow", "'latencyMs' must be an integer, not 'slow'.")]
    [InlineData("security.auth-burst", "orchestrator", "rate=0", "'rate' must be between 1 and 200.")]
    [InlineData("security.auth-burst", "orchestrator", "rate=201", "'rate' must be between 1 and 200.")]
    [InlineData("security.auth-burst", "orchestrator", "rate=fast", "'rate' must be an integer, not 'fast'.")]
    [InlineData("security.auth-burst", "orchestrator", "path=/api/orders", "'path' must be an /admin/ route.")]
    [InlineData("data.hold-connections", null, "count=0", "'count' must be between 1 and 500.")]
    [InlineData("data.hold-connections", null, "count=501", "'count' must be between 1 and 500.")]
    [InlineData("data.hold-connections", null, "count=all", "'count' must be an integer, not 'all'.")]
    [InlineData("data.hold-connections", null, "", "give exactly one of 'count', 'fill'.")]
    [InlineData("data.hold-connections", null, "count=3;fill=0.9", "give exactly one of 'count', 'fill', not count and fill.")]
    [InlineData("data.hold-connections", null, "fill=0.3", "'fill' must be between 0.5 and 0.99.")]
    [InlineData("data.hold-connections", null, "fill=full", "'fill' must be a number, not 'full'.")]
    [InlineData("data.lock-table", null, "table=users", "'table' must be one of orders, trades, positions, outbox, inbox.")]
    [InlineData("data.lock-table", null, "mode=ROW", "'mode' must be one of SHARE, EXCLUSIVE, ACCESS EXCLUSIVE.")]
    [InlineData("data.poison-messages", null, "stream=orders", "'stream' must be one of")]
    [InlineData("data.poison-messages", null, "stream=signals;count=few", "'count' must be an integer, not 'few'.")]
    [InlineData("data.position-drift", null, "delta=0", "'delta' must not be 0.")]
    [InlineData("venue.halt", null, "minutes=0", "'minutes' must be between 0.1 and 60.")]
    [InlineData("venue.halt", null, "minutes=61", "'minutes' must be between 0.1 and 60.")]
    [InlineData("venue.report-gap", null, "share=0", "'share' must be between 0.01 and 1.")]
    [InlineData("venue.report-gap", null, "share=1.5", "'share' must be between 0.01 and 1.")]
    [InlineData("venue.lost-acks", null, "count=0", "'count' must be between 1 and 1000.")]
    [InlineData("venue.lost-acks", null, "count=some", "'count' must be an integer, not 'some'.")]
    [InlineData("data.invalid-index", null, "history=-1", "'history' must be between 0 and 5000000.")]
    [InlineData("data.invalid-index", null, "history=5000001", "'history' must be between 0 and 5000000.")]
    [InlineData("data.invalid-index", null, "history=lots", "'history' must be an integer, not 'lots'.")]
    [InlineData("data.position-drift", null, "delta=+-1", "'delta' must be an integer, not '+-1'.")]
    [InlineData("app.latency", "orchestrator", "latency=0s", "'latency' must be above 0 and at most 5m.")]
    [InlineData("app.latency", "orchestrator", "latency=301s", "'latency' must be above 0 and at most 5m.")]
    [InlineData("app.latency", "orchestrator", "latency=slow", "'latency' must be a duration like 500ms, 30s or 2m, not 'slow'.")]
    [InlineData("app.latency", "orchestrator", "latency=1s;rate=1.01", "'rate' must be between 0 and 1.")]
    [InlineData("app.latency", "orchestrator", "latency=1s;scope=disk", "'scope' must be one of http, db, redis, processing, not 'disk'.")]
    [InlineData("app.errors", "orchestrator", "rate=0", "'rate' must be above 0")]
    [InlineData("app.errors", "orchestrator", "rate=NaN", "'rate' must be between 0 and 1.")]
    [InlineData("app.errors", "orchestrator", "rate=-0.5", "'rate' must be between 0 and 1.")]
    [InlineData("app.errors", "postgres", "rate=0.5", "'postgres' is a Postgres, not a service")]
    [InlineData("market.move", null, "over=10s", "give exactly one of 'index', 'move', 'pnl', 'pastLimit'.")]
    [InlineData("market.move", null, "pnl=5000;pastLimit=1000", "give exactly one of 'index', 'move', 'pnl', 'pastLimit', not pnl and pastLimit.")]
    [InlineData("market.move", null, "move=0.02;direction=down", "'direction' must be adverse or favourable, not 'down'.")]
    [InlineData("market.move", null, "index=-0.11;direction=adverse", "'direction' applies to held symbols")]
    [InlineData("market.move", null, "index=-0.6", "'index' must be between -0.5 and 0.5.")]
    [InlineData("market.move", null, "move=0.09", "'move' must be between 0.0001 and 0.08.")]
    [InlineData("market.move", null, "pnl=0", "'pnl' must be between 1 and")]
    [InlineData("market.move", null, "pnl=1000;over=0s", "'over' must be between 0.5 and 3600.")]
    [InlineData("config.trading-limits", null, "", "give 'lossHeadroom' and/or 'targetHeadroom'")]
    [InlineData("config.trading-limits", null, "lossHeadroom=0", "'lossHeadroom' must be between 1 and")]
    [InlineData("config.trading-limits", null, "targetHeadroom=lots", "'targetHeadroom' must be a number, not 'lots'.")]
    public async Task ABadValueIsRefusedWithAMessageNamingTheParameter(string kind, string? target, string with, string expected)
    {
        var error = await Assert.ThrowsAsync<FaultValidationException>(() => rig.Engine.InjectAsync(Specs.Of(kind, target, with.Split(';', StringSplitOptions.RemoveEmptyEntries)), default));

        Assert.StartsWith(expected, error.Message, StringComparison.Ordinal);
        Assert.Empty(rig.Engine.List());
        Assert.Empty(rig.Stack.Commands);
    }

    [Theory]
    [InlineData("network.latency")]
    [InlineData("network.reset")]
    [InlineData("network.blackhole")]
    public async Task ANetworkFaultOnAResourceWithoutAProxyIsRefused(string kind)
    {
        var with = kind == "network.latency" ? new[] { "latency=1s" } : [];

        var error = await Assert.ThrowsAsync<FaultValidationException>(() => rig.Engine.InjectAsync(Specs.Of(kind, ResourceNames.ExecutionEngine, with), default));

        Assert.Equal("'execution-engine' has no endpoint, so no proxy to degrade.", error.Message);
    }

    [Theory]
    [InlineData("network.latency", "postgres", "latency=0ms;jitter=0ms")]
    [InlineData("network.latency", "postgres", "latency=1.5s;jitter=2m")]
    [InlineData("network.connection-cap", "postgres", "max=0")]
    [InlineData("network.bandwidth", "postgres", "bytesPerSecond=1")]
    [InlineData("config.env", "execution-engine", "key=A")]
    [InlineData("config.crash-loop", "execution-engine", "key=A;value=;backoff=500ms")]
    [InlineData("venue.errors", null, "errorRate=0;timeoutRate=1;latencyMs=0")]
    [InlineData("security.auth-burst", "orchestrator", "rate=1;path=/admin/x")]
    [InlineData("security.auth-burst", "orchestrator", "rate=200")]
    [InlineData("data.hold-connections", null, "count=1")]
    [InlineData("data.hold-connections", null, "count=500")]
    [InlineData("data.hold-connections", null, "fill=0.5")]
    [InlineData("data.hold-connections", null, "fill=0.99")]
    [InlineData("data.lock-table", null, "table=inbox;mode=ACCESS EXCLUSIVE")]
    [InlineData("data.poison-messages", null, "stream=executions;count=1")]
    [InlineData("data.position-drift", null, "delta=-3;symbol=AAPL")]
    [InlineData("data.invalid-index", null, "history=0")]
    [InlineData("data.invalid-index", null, "history=5000000")]
    [InlineData("app.latency", "orchestrator", "latency=5m;rate=0;scope=redis")]
    [InlineData("app.latency", "orchestrator", "latency=1ms")]
    [InlineData("app.errors", "orchestrator", "rate=1;scope=processing")]
    [InlineData("market.move", null, "index=-0.5;over=500ms")]
    [InlineData("market.move", null, "move=0.5;maxMove=0.5;direction=favourable;over=60m")]
    [InlineData("market.move", null, "pastLimit=1")]
    [InlineData("config.trading-limits", null, "lossHeadroom=1;targetHeadroom=1000000000")]
    public void ValuesAtTheEdgesOfTheirRangesAreAccepted(string kind, string? target, string with) =>
        Assert.Null(rig.Check(Specs.Of(kind, target, with.Split(';'))));

    [Theory]
    [InlineData("venue.errors")]
    [InlineData("venue.expire-tokens")]
    [InlineData("data.lock-table")]
    [InlineData("data.position-drift")]
    [InlineData("data.invalid-index")]
    [InlineData("venue.halt")]
    [InlineData("venue.report-gap")]
    [InlineData("venue.lost-acks")]
    public void KindsWithoutTargetNeedNoParameters(string kind) => Assert.Null(rig.Check(Specs.Of(kind, null)));
}
