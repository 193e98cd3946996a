using static GameDay.Scenarios.Tests.ScenarioText;

namespace GameDay.Scenarios.Tests;

public class SeveralErrorsTests
{
    private const string Broken = """
        id: service-crash
        title: Execution engine crash
        catalog: [service-crash]
        sources: ["002 service failure"]
        layer: processes
        steady_state:
          - http: { resource: execution-engine, path: health }
          - metric: { query: up }
        faults:
          - kind: process.kill
            target: execution-engine
            durration: 60s
          - kind: process.kill
            target: execution-engine
            duration: 2h
        expect:
          alerts: [ServiceDown]
          detected_within: 30s
          severity: P9
          runbook: service-crash
          recovered_within: 120s
        invariants: [no-lost-order]

        """;

    [Fact]
    public void EveryErrorOfAFileIsReportedInLineOrder()
    {
        var (result, file) = Load(Broken);

        Assert.Empty(result.Scenarios);
        Assert.All(result.Errors, error => Assert.Equal(file, error.File));
        var expected = new[]
        {
            (At("processes"), "unknown layer 'processes'"),
            (At("health }"), "'path' must start with '/'"),
            (At("{ query: up }"), "a metric probe needs 'min' or 'max'"),
            (At("kind: process.kill"), "missing required key 'duration' in a fault step"),
            (At("durration"), "unknown key 'durration'"),
            (At("2h"), "'duration' must be a duration like 500ms, 30s or 2m, not '2h'"),
            (At("P9"), "unknown severity 'P9'"),
        };
        Assert.Equal(expected.Select(error => error.Item1), result.Errors.Select(error => (error.Line, error.Column)));
        Assert.All(expected.Zip(result.Errors), pair => Assert.StartsWith(pair.First.Item2, pair.Second.Message));
    }

    [Fact]
    public void ErrorsPrintAsFileLineColumnMessage()
    {
        var error = new ScenarioError("scenarios/service-crash.yaml", 12, 5, "unknown key 'durration' (known: at, duration, kind, target, with)");

        Assert.Equal("scenarios/service-crash.yaml:12:5: unknown key 'durration' (known: at, duration, kind, target, with)", error.ToString());
    }

    private static (int, int) At(string fragment) => Position(Broken, fragment);
}
