using GameDay.IncidentResponder.Actions;

namespace GameDay.Services.Tests.IncidentResponder;

public sealed class PrometheusClientTests
{
    private const string AddressBook = """
        export ADMIN_TOKEN='abc'
        export ORCHESTRATOR_URL='http://localhost:7001'
        export PROMETHEUS_URL='http://localhost:19090'
        export GAMEDAY_CONTROL_URL='http://127.0.0.1:5000'
        """;

    [Fact]
    public void TheExportLinesOfTheStacksAddressBookAreRead()
    {
        var exports = PrometheusClient.ParseExports(AddressBook);

        Assert.Equal("http://localhost:19090", exports["PROMETHEUS_URL"]);
        Assert.Equal("abc", exports["ADMIN_TOKEN"]);
    }

    [Fact]
    public void ANameExportedTwiceKeepsItsLastValueAsInAShell()
    {
        var exports = PrometheusClient.ParseExports(AddressBook + "\nexport ADMIN_TOKEN='def'\n");

        Assert.Equal("def", exports["ADMIN_TOKEN"]);
        Assert.Equal("http://localhost:19090", exports["PROMETHEUS_URL"]);
    }

    [Fact]
    public async Task WithoutAConfiguredAddressPrometheusIsFoundThroughTheControlApi()
    {
        var http = new FakeHttp()
            .Get(HttpActionClients.Control, "/api/env", AddressBook)
            .Get(HttpActionClients.Prometheus, "admin_auth_failures_total", FakeHttp.Vector(("""{"job":"orchestrator"}""", "42")));
        var client = new PrometheusClient(http.Clients, new ActionSettings(null, "/tmp"));

        var samples = await client.QueryAsync("sum by (job) (increase(admin_auth_failures_total[5m]))", CancellationToken.None);

        Assert.Equal(42, Assert.Single(samples).Value);
        Assert.Equal("orchestrator", samples[0].Label("job"));
        Assert.Contains(http.Requests, r => r.StartsWith("autopilot-prometheus GET /api/v1/query?query=sum by (job)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task QuantilesWithoutDataAndInfinitiesAreReadAsPrometheusWritesThem()
    {
        var http = new FakeHttp().Get(HttpActionClients.Prometheus, "q", FakeHttp.Vector(("{}", "NaN"), ("""{"le":"x"}""", "+Inf")));
        var client = new PrometheusClient(http.Clients, new ActionSettings("http://prometheus:9090", "/tmp"));

        var samples = await client.QueryAsync("q", CancellationToken.None);

        Assert.True(double.IsNaN(samples[0].Value));
        Assert.True(double.IsPositiveInfinity(samples[1].Value));
        Assert.DoesNotContain(http.Requests, r => r.Contains("/api/env", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnUnknownAddressIsAnErrorThatNamesWhereItLooked()
    {
        var client = new PrometheusClient(new FakeHttp().Clients, new ActionSettings(null, "/tmp"));

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => client.QueryAsync("up", CancellationToken.None));

        Assert.Contains("Responder:PrometheusUrl", error.Message, StringComparison.Ordinal);
    }
}
