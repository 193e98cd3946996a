namespace GameDay.Scenarios.Tests;

public class ValidScenarioTests
{
    private const string Full = """
        id: service-crash
        title: Execution engine crash
        catalog: [service-crash, crash-loop]
        sources: ["002 service failure", "004 single agent failure"]
        layer: process
        description: |
          The execution engine dies with SIGKILL.
          Approved orders wait in its group.
        steady_state:
          - http: { resource: execution-engine, path: /health, status: 200, contains: Healthy }
          - metric: { query: 'max(stream_pending{stream="orders.approved"})', min: 0, max: 50 }
          - sql: { query: "SELECT count(*) FROM orders WHERE status = 'SUBMITTED'", equals: 0 }
          - stream: { stream: orders.approved.dlq, group: execution-engine, pending_max: 50, lag_max: 20, length_max: 1000 }
          - invariant: all-healthy
        faults:
          - kind: process.kill
            target: execution-engine
            at: 500ms
            duration: 2m
            with: { signal: KILL }
          - kind: market.move
            duration: 15m
            with:
              percent: -10
              over: 30s
        expect:
          alerts: [ServiceDown, StreamConsumerLag]
          detected_within: 30s
          severity: P1
          runbook: service-crash
          recovered_within: 120s
          recovered:
            - http: { resource: execution-engine, path: /alive, within: 1m }
            - sql: { query: "with x as (select 1) select count(*) from x", min: 1, max: 2 }
            - invariant: { name: no-lost-order, within: 45s }
          halted: true
          halt_reason: daily_loss_limit
        invariants: [no-lost-order, no-duplicate, positions-match-venue, no-order-while-halted-or-unapproved, all-healthy]

        """;

    [Fact]
    public void FullScenarioRoundTripsToTheModel()
    {
        var (result, file) = ScenarioText.Load(Full);

        Assert.Empty(result.Errors);
        var scenario = Assert.Single(result.Scenarios);
        Assert.Equal("service-crash", scenario.Id);
        Assert.Equal("Execution engine crash", scenario.Title);
        Assert.Equal(["service-crash", "crash-loop"], scenario.Catalog);
        Assert.Equal(["002 service failure", "004 single agent failure"], scenario.Sources);
        Assert.Equal("process", scenario.Layer);
        Assert.Equal("The execution engine dies with SIGKILL.\nApproved orders wait in its group.", scenario.Description);
        Assert.Equal(file, scenario.File);
        Assert.Equal(["no-lost-order", "no-duplicate", "positions-match-venue", "no-order-while-halted-or-unapproved", "all-healthy"],
            scenario.Invariants);
    }

    [Fact]
    public void EveryProbeFormKeepsItsValuesAndLine()
    {
        var scenario = Assert.Single(ScenarioText.Load(Full).Result.Scenarios);

        Assert.Equal(
            [
                new HttpProbe("execution-engine", "/health", 200, "Healthy", null, Line("- http: { resource: execution-engine, path: /health")),
                new MetricProbe("max(stream_pending{stream=\"orders.approved\"})", 0, 50, null, Line("- metric:")),
                new SqlProbe("SELECT count(*) FROM orders WHERE status = 'SUBMITTED'", null, null, 0, null, Line("- sql: { query: \"SELECT")),
                new StreamProbe("orders.approved.dlq", "execution-engine", 50, 1000, null, Line("- stream:"), LagMax: 20),
                new InvariantProbe("all-healthy", null, Line("- invariant: all-healthy")),
            ],
            scenario.SteadyState);
        Assert.Equal(
            [
                new HttpProbe("execution-engine", "/alive", 200, null, TimeSpan.FromMinutes(1), Line("path: /alive")),
                new SqlProbe("with x as (select 1) select count(*) from x", 1, 2, null, null, Line("with x as")),
                new InvariantProbe("no-lost-order", TimeSpan.FromSeconds(45), Line("name: no-lost-order")),
            ],
            scenario.Expect.Recovered);
    }

    [Fact]
    public void FaultStepsKeepTimingParametersAndLine()
    {
        var scenario = Assert.Single(ScenarioText.Load(Full).Result.Scenarios);

        var kill = scenario.Faults[0];
        Assert.Equal(("process.kill", "execution-engine"), (kill.Kind, kill.Target));
        Assert.Equal((TimeSpan.FromMilliseconds(500), TimeSpan.FromMinutes(2)), (kill.At, kill.Duration));
        Assert.Equal(new Dictionary<string, string> { ["signal"] = "KILL" }, kill.With);
        Assert.Equal(Line("- kind: process.kill"), kill.Line);
        var move = scenario.Faults[1];
        Assert.Null(move.Target);
        Assert.Equal((TimeSpan.Zero, TimeSpan.FromMinutes(15)), (move.At, move.Duration));
        Assert.Equal(new Dictionary<string, string> { ["percent"] = "-10", ["over"] = "30s" }, move.With);
    }

    [Fact]
    public void ExpectationsKeepEveryField()
    {
        var expect = Assert.Single(ScenarioText.Load(Full).Result.Scenarios).Expect;

        Assert.Equal(["ServiceDown", "StreamConsumerLag"], expect.Alerts);
        Assert.Equal(TimeSpan.FromSeconds(30), expect.DetectedWithin);
        Assert.Equal(("P1", "service-crash"), (expect.Severity, expect.Runbook));
        Assert.Equal(TimeSpan.FromSeconds(120), expect.RecoveredWithin);
        Assert.Equal((true, "daily_loss_limit"), (expect.Halted, expect.HaltReason));
    }

    [Fact]
    public void OptionalKeysTakeTheirDefaults()
    {
        var yaml = ScenarioText.Minimal.Replace("  - invariant: all-healthy", "  - http: { resource: broker, path: /health }");

        var scenario = Assert.Single(ScenarioText.Load(yaml).Result.Scenarios);

        Assert.Null(scenario.Description);
        Assert.Equal(new HttpProbe("broker", "/health", 200, null, null, 7), Assert.Single(scenario.SteadyState));
        var fault = Assert.Single(scenario.Faults);
        Assert.Equal(TimeSpan.Zero, fault.At);
        Assert.Empty(fault.With);
        Assert.Empty(scenario.Expect.Recovered);
        Assert.Null(scenario.Expect.Halted);
        Assert.Null(scenario.Expect.HaltReason);
    }

    [Fact]
    public void ProbesDescribeThemselvesInOneLine()
    {
        var scenario = Assert.Single(ScenarioText.Load(Full).Result.Scenarios);

        Assert.Equal(
            [
                "GET execution-engine /health returns 200 containing 'Healthy'",
                "metric max(stream_pending{stream=\"orders.approved\"}) between 0 and 50",
                "SQL SELECT count(*) FROM orders WHERE status = 'SUBMITTED' = 0",
                "stream orders.approved.dlq group execution-engine: pending <= 50, lag <= 20, length <= 1000",
                "invariant all-healthy",
            ],
            scenario.SteadyState.Select(probe => probe.Describe()));
        Assert.Equal("GET execution-engine /alive returns 200 (within 1m)", scenario.Expect.Recovered[0].Describe());
        Assert.Equal("SQL with x as (select 1) select count(*) from x between 1 and 2", scenario.Expect.Recovered[1].Describe());
    }

    private static int Line(string fragment) => ScenarioText.Position(Full, fragment).Line;
}
