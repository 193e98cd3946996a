using static GameDay.Scenarios.Tests.ScenarioText;

namespace GameDay.Scenarios.Tests;

public class ExpectErrorTests
{
    [Theory]
    [InlineData("  severity: P1", "  severity: P5", "P5", "unknown severity 'P5' (known: P0, P1, P2, P3)")]
    [InlineData("  runbook: service-crash", "  runbook: servce-crash", "servce-crash", "unknown runbook 'servce-crash': runbooks are named by catalog id (did you mean 'service-crash'?)")]
    [InlineData("  detected_within: 30s", "  detected_within: 30", "30", "'detected_within' must be a duration like 500ms, 30s or 2m, not '30'")]
    [InlineData("  alerts: [ServiceDown]", "  alerts: []", "[]", "'alerts' needs at least one entry")]
    [InlineData("  recovered_within: 120s", "  recovered_within: 120s\n  halted: maybe", "maybe", "'halted' must be true or false, not 'maybe'")]
    [InlineData("  recovered_within: 120s", "  recovered_within: 120s\n  halt_reason: manual", "halt_reason", "'halt_reason' is only allowed with 'halted: true'")]
    [InlineData("  recovered_within: 120s", "  recovered_within: 120s\n  halted: true\n  halt_reason: lunch", "lunch", "unknown halt reason 'lunch' (known: manual, system_error,")]
    [InlineData("  recovered_within: 120s", "  recovered_within: 120s\n  recovered: { http: x }", "{ http", "'recovered' must be a list")]
    [InlineData("  recovered_within: 120s\n", "", "alerts:", "missing required key 'recovered_within' in 'expect'")]
    public void BadExpectationIsReportedWhereItIsWrong(string original, string replacement, string fragment, string message)
    {
        var yaml = Minimal.Replace(original, replacement);
        Assert.NotEqual(Minimal, yaml);

        AssertError(yaml, fragment, message);
    }

    [Fact]
    public void HaltedWithReasonLoads()
    {
        var yaml = Minimal.Replace("  recovered_within: 120s", "  recovered_within: 120s\n  halted: true\n  halt_reason: manual");

        var expect = Assert.Single(Load(yaml).Result.Scenarios).Expect;

        Assert.Equal((true, "manual"), (expect.Halted, expect.HaltReason));
    }
}
