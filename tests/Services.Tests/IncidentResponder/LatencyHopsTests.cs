using GameDay.IncidentResponder.Actions;

namespace GameDay.Services.Tests.IncidentResponder;

public sealed class LatencyHopsTests
{
    [Fact]
    public void TheSignalGeneratorIsTheSlowHopWhenTickToSignalTakesMostOfTheTime()
    {
        var hops = new HopLatencies(6.2, 6.5, [("market.ticks", "signal-generator", 40)]);

        Assert.Equal(HopLatencies.SignalHop, hops.Slowest);
        Assert.Equal(0.3, hops.SignalToFill!.Value, 3);
        Assert.Contains("market.ticks/signal-generator 40", hops.Describe(), StringComparison.Ordinal);
    }

    [Fact]
    public void TheFillHopIsTheSlowOneWhenTheRestOfThePipelineAddsMostOfTheTime()
    {
        var hops = new HopLatencies(0.1, 7, []);

        Assert.Equal(HopLatencies.FillHop, hops.Slowest);
        Assert.Contains("stream lag: none", hops.Describe(), StringComparison.Ordinal);
    }

    [Fact]
    public void WithoutObservationsNoHopIsBlamed()
    {
        var hops = new HopLatencies(HopLatencies.Known(double.NaN), null, []);

        Assert.Null(hops.Slowest);
        Assert.Contains("no data", hops.Describe(), StringComparison.Ordinal);
        Assert.Contains("slowest hop: unknown", hops.Describe(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheActionReportsEachHopFromPrometheus()
    {
        var http = new FakeHttp()
            .Get(HttpActionClients.Prometheus, "tick_to_decision_seconds_bucket", FakeHttp.Vector(("{}", "6.2")))
            .Get(HttpActionClients.Prometheus, "signal_to_fill_seconds_bucket", FakeHttp.Vector(("{}", "6.4")))
            .Get(HttpActionClients.Prometheus, "stream_lag", FakeHttp.Vector(("""{"stream":"market.ticks","group":"signal-generator"}""", "12")));
        var action = new LatencyHopsAction(new PrometheusClient(http.Clients, new ActionSettings("http://prometheus:9090", "/tmp")));

        var outcome = await action.ExecuteAsync(new ActionContext(1, "signal-latency", "hops", new Dictionary<string, string>()), CancellationToken.None);

        Assert.True(outcome.Succeeded);
        Assert.Contains("tick → signal (signal-generator) p95 6.20 s", outcome.Detail, StringComparison.Ordinal);
        Assert.Contains($"slowest hop: {HopLatencies.SignalHop}", outcome.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnreadablePrometheusDoesNotStopTheRunbookButSaysSo()
    {
        var action = new LatencyHopsAction(new PrometheusClient(new FakeHttp().Clients, new ActionSettings("http://prometheus:9090", "/tmp")));

        var outcome = await action.ExecuteAsync(new ActionContext(1, "signal-latency", "hops", new Dictionary<string, string>()), CancellationToken.None);

        Assert.True(outcome.Succeeded);
        Assert.StartsWith("per-hop latencies not read", outcome.Detail, StringComparison.Ordinal);
    }
}
