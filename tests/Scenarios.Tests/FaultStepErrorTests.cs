using static GameDay.Scenarios.Tests.ScenarioText;

namespace GameDay.Scenarios.Tests;

public class FaultStepErrorTests
{
    private const string Step = "  - kind: process.kill\n    target: execution-engine\n    duration: 60s\n";

    private static string WithStep(string step) => Minimal.Replace(Step, step);

    [Fact]
    public void UnknownKeyNamesTheKnownKeys()
    {
        var yaml = WithStep("  - kind: process.kill\n    target: execution-engine\n    durration: 60s\n    duration: 60s\n");

        AssertError(yaml, "durration", "unknown key 'durration' (known: at, duration, kind, target, with)");
    }

    [Fact]
    public void MissingDurationIsReportedAtTheStep()
    {
        AssertError(WithStep("  - kind: process.kill\n    target: execution-engine\n"), "kind: process.kill",
            "missing required key 'duration' in a fault step");
    }

    [Theory]
    [InlineData("60x", "'duration' must be a duration like 500ms, 30s or 2m, not '60x'")]
    [InlineData("1h", "'duration' must be a duration like 500ms, 30s or 2m, not '1h'")]
    [InlineData("-5s", "'duration' must be a duration like 500ms, 30s or 2m, not '-5s'")]
    [InlineData("0s", "'duration' must be longer than 0")]
    [InlineData("16m", "'duration' 16m is longer than a fault may stay (15m)")]
    public void BadDurationsAreReportedAtTheValue(string duration, string message)
    {
        var yaml = WithStep($"  - kind: process.kill\n    target: execution-engine\n    duration: {duration}\n");

        AssertError(yaml, duration, message);
    }

    [Fact]
    public void UnknownFaultKindListsTheKnownKinds()
    {
        var yaml = WithStep("  - kind: process.crash\n    target: execution-engine\n    duration: 60s\n");

        AssertError(yaml, "process.crash",
            "unknown fault kind 'process.crash' (known: market.move, network.latency, process.kill, process.pause, venue.errors)");
    }

    [Fact]
    public void KindThatNeedsATargetReportsAMissingOneAtTheStep()
    {
        AssertError(WithStep("  - kind: process.kill\n    duration: 60s\n"), "kind: process.kill",
            "fault kind 'process.kill' needs a 'target' (known: alertmanager, broker, data-ingestor,");
    }

    [Fact]
    public void UnknownTargetIsReportedAtTheValue()
    {
        AssertError(WithStep("  - kind: process.kill\n    target: executor\n    duration: 60s\n"), "executor",
            "unknown target 'executor' (known: alertmanager, broker, ");
    }

    [Fact]
    public void KindWithoutTargetNeedsNone()
    {
        var (result, _) = Load(WithStep("  - kind: venue.errors\n    duration: 60s\n    with: { rate: 0.5 }\n"));

        Assert.Empty(result.Errors);
        Assert.Null(Assert.Single(Assert.Single(result.Scenarios).Faults).Target);
    }

    [Fact]
    public void MissingRequiredParameterIsReportedAtWith()
    {
        var yaml = WithStep("  - kind: network.latency\n    target: postgres\n    duration: 60s\n    with: { jitter: 50ms }\n");

        AssertError(yaml, "{ jitter", "fault kind 'network.latency' needs the parameter 'latency' in 'with'");
    }

    [Fact]
    public void MissingWithIsReportedAtTheStep()
    {
        AssertError(WithStep("  - kind: venue.errors\n    duration: 60s\n"), "kind: venue.errors",
            "fault kind 'venue.errors' needs the parameter 'rate' in 'with'");
    }

    [Fact]
    public void UnknownParameterNamesTheKindsParameters()
    {
        var yaml = WithStep("  - kind: process.kill\n    target: execution-engine\n    duration: 60s\n    with: { sig: KILL }\n");

        AssertError(yaml, "sig:", "unknown parameter 'sig' for fault kind 'process.kill' (known: signal)");
    }

    [Fact]
    public void ParameterValuesMustBeScalars()
    {
        var yaml = WithStep("  - kind: process.kill\n    target: execution-engine\n    duration: 60s\n    with: { signal: [KILL] }\n");

        AssertError(yaml, "[KILL]", "'with.signal' must be text, not a list");
    }
}
