using static GameDay.Scenarios.Tests.ScenarioText;

namespace GameDay.Scenarios.Tests;

public class ProbeErrorTests
{
    private static string WithProbe(string probe) => Minimal.Replace("  - invariant: all-healthy", probe);

    [Theory]
    [InlineData("  - http: { resource: broker, path: health }", "health", "'path' must start with '/', not 'health'")]
    [InlineData("  - http: { resource: broker, path: /health, status: 99 }", "99", "'status' must be a whole number from 100 to 599, not '99'")]
    [InlineData("  - http: { resource: brokers, path: /health }", "brokers", "unknown resource 'brokers' (known: alertmanager, broker,")]
    [InlineData("  - http: { path: /health }", "{ path", "missing required key 'resource' in an http probe")]
    [InlineData("  - http: { resource: broker, path: /health, within: soon }", "soon", "'within' must be a duration like 500ms, 30s or 2m, not 'soon'")]
    [InlineData("  - metric: { query: up }", "{ query", "a metric probe needs 'min' or 'max'")]
    [InlineData("  - metric: { query: up, max: fifty }", "fifty", "'max' must be a number, not 'fifty'")]
    [InlineData("  - metric: { query: up, min: 5, max: 3 }", "{ query", "'min' (5) is greater than 'max' (3)")]
    [InlineData("  - metric: { query: '', max: 1 }", "''", "'query' is empty")]
    [InlineData("  - metric: { query: 'increase(x_total[$since_injection])', min: 1 }", "'increase", "'$since_injection' is the time since the injection: only a probe of expect.recovered may use it")]
    [InlineData("  - sql: { query: DELETE FROM orders, max: 0 }", "DELETE", "'query' must be read-only: start it with SELECT or WITH")]
    [InlineData("  - sql: { query: SELECT 1 }", "{ query", "a sql probe needs 'min' or 'max' or 'equals'")]
    [InlineData("  - stream: { stream: orders.aproved, pending_max: 5 }", "orders.aproved", "unknown stream 'orders.aproved' (known: market.ticks,")]
    [InlineData("  - stream: { stream: signals }", "{ stream", "a stream probe needs 'pending_max' or 'lag_max' or 'length_max'")]
    [InlineData("  - stream: { stream: signals, pending_max: -1 }", "-1", "'pending_max' must be a whole number from 0 to")]
    [InlineData("  - invariant: everything-fine", "everything-fine", "unknown invariant 'everything-fine' (known: no-lost-order,")]
    [InlineData("  - invariant: { name: all-healthy, after: 5s }", "after", "unknown key 'after' (known: name, within)")]
    [InlineData("  - htp: { resource: broker, path: /health }", "htp", "unknown probe 'htp' (known: http, metric, sql, stream, invariant)")]
    [InlineData("  - all-healthy", "all-healthy", "a probe is a mapping with one key")]
    [InlineData("  - http: { resource: broker, path: /health }\n    within: 5s", "http", "a probe has exactly one key (http, metric, sql, stream, invariant), found 2: http, within")]
    public void BadProbeIsReportedWhereItIsWrong(string probe, string fragment, string message)
    {
        AssertError(WithProbe(probe), fragment, message);
    }

    [Fact]
    public void DeadLetterStreamsAreKnownStreams()
    {
        var (result, _) = Load(WithProbe("  - stream: { stream: executions.dlq, length_max: 0 }"));

        Assert.Empty(result.Errors);
        Assert.Equal(new StreamProbe("executions.dlq", null, null, 0, null, 7), Assert.Single(Assert.Single(result.Scenarios).SteadyState));
    }

    [Fact]
    public void EmptySteadyStateIsAnError()
    {
        var yaml = Minimal.Replace("steady_state:\n  - invariant: all-healthy", "steady_state: []");

        AssertError(yaml, "[]", "'steady_state' needs at least one entry");
    }
}
