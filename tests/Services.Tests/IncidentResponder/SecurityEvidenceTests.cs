using System.Text.Json;
using GameDay.IncidentResponder.Actions;

namespace GameDay.Services.Tests.IncidentResponder;

public sealed class SecurityEvidenceTests
{
    private const string Logs = """
        ["info: started",
         "warn: AdminToken[0] Refused admin request POST /admin/orchestrate/unhalt from 127.0.0.1: wrong token",
         "warn: AdminToken[0] Refused admin request POST /admin/orchestrate/unhalt from 127.0.0.1: wrong token"]
        """;

    [Fact]
    public async Task TheBundleHoldsFailuresPerServiceTheRefusedLogLinesConnectionsAndTheHaltAudit()
    {
        var http = Sources()
            .Get(HttpActionClients.Control, "/api/resources/orchestrator/logs?tail=500", Logs)
            .Get(HttpActionClients.Control, "/api/resources/orchestrator/connections", """[{"id":1,"client":"127.0.0.1:50122"}]""");

        var bundle = await Collector(http).CollectAsync(9, "orchestrator", 500, Alerts.T0, CancellationToken.None);

        Assert.Equal(120, bundle.AuthFailuresByService["orchestrator"]);
        Assert.Equal(2, bundle.RefusedLogLines.Count);
        Assert.Equal(3, bundle.LogTail.Count);
        Assert.Equal(1, bundle.ProxyConnections!.Value.GetArrayLength());
        Assert.Equal("halt", bundle.HaltAudit!.Value[0].GetProperty("action").GetString());
        Assert.Empty(bundle.Errors);
        Assert.Contains("orchestrator 120", bundle.Summary(), StringComparison.Ordinal);
        Assert.Contains("/admin/orchestrate/unhalt 118", bundle.Summary(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASourceThatCannotBeReadIsNamedAndTheRestIsStillPreserved()
    {
        var bundle = await Collector(Sources()).CollectAsync(9, "orchestrator", 500, Alerts.T0, CancellationToken.None);

        Assert.Equal(2, bundle.Errors.Count);
        Assert.Contains(bundle.Errors, e => e.StartsWith("orchestrator log tail", StringComparison.Ordinal));
        Assert.Equal(120, bundle.AuthFailuresByService["orchestrator"]);
        Assert.Contains("not collected", bundle.Summary(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheBundleIsWrittenAsJsonThatOnlyItsOwnerCanRead()
    {
        var directory = Path.Combine(Path.GetTempPath(), "gameday-evidence-test-" + Guid.NewGuid().ToString("N"));
        try
        {
            var bundle = await Collector(Sources()).CollectAsync(9, "orchestrator", 500, Alerts.T0, CancellationToken.None);

            var path = await SecurityEvidenceAction.WriteAsync(directory, bundle, CancellationToken.None);

            Assert.Equal(Path.Combine(directory, "incident-9-20250106T093000000Z.json"), path);
            using var json = JsonDocument.Parse(await File.ReadAllTextAsync(path));
            Assert.Equal("orchestrator", json.RootElement.GetProperty("resource").GetString());
            Assert.Equal(120, json.RootElement.GetProperty("authFailuresByService").GetProperty("orchestrator").GetDouble());
            if (!OperatingSystem.IsWindows()) Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
        }
        finally
        {
            if (Directory.Exists(directory)) Directory.Delete(directory, recursive: true);
        }
    }

    private static FakeHttp Sources() => new FakeHttp()
        .Get(HttpActionClients.Prometheus, "admin_auth_failures_total", FakeHttp.Vector(("""{"job":"orchestrator"}""", "120")))
        .Get(HttpActionClients.Prometheus, "http_response_status_code=\"401\"",
            FakeHttp.Vector(("""{"job":"orchestrator","http_route":"/admin/orchestrate/unhalt"}""", "118")))
        .Get(HttpActionClients.Orchestrator, "/admin/halts", """[{"id":3,"action":"halt","reason":"security_incident","actor":"admin"}]""");

    private static EvidenceCollector Collector(FakeHttp http) =>
        new(http.Clients, new PrometheusClient(http.Clients, new ActionSettings("http://prometheus:9090", "/tmp")));
}
