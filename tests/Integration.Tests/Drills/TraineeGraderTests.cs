using GameDay.AppHost.Drills;

namespace GameDay.Integration.Tests.Drills;

/// The trainee's marks from what the responder and the control API recorded (no stack needed).
public sealed class TraineeGraderTests
{
    private static readonly DateTimeOffset Injected = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Detected = Injected.AddSeconds(5);

    private static TraineeGrader.Step Step(string id, string kind, string action, string status, string detail = "", string? target = "execution-engine") =>
        new(id, kind, action, status, detail, target);

    [Fact]
    public void APageTakenInTimeAndARestartSeenOnTheControlApiPass()
    {
        var marks = TraineeGrader.Grade(
            [Step("inspect", "diagnose", "resource.logs", "to_do"), Step("restart", "mitigate", "resource.restart", "to_do")],
            [new(Injected.AddSeconds(40), "execution-engine", "restart", true, "alice")], new("alice", Detected.AddSeconds(30)), Detected, Injected);

        Assert.All(marks, m => Assert.True(m.Passed, $"{m.Name}: {m.Detail}"));
        Assert.Equal("seen: restart of execution-engine by alice 40s after the injection", marks.Single(m => m.Name.StartsWith("trainee did restart", StringComparison.Ordinal)).Detail);
    }

    [Fact]
    public void ARestartOfAnotherResourceOrBeforeTheInjectionOrThatFailedOrByTheResponderDoesNotCount()
    {
        var marks = TraineeGrader.Grade([Step("restart", "mitigate", "resource.restart", "to_do")],
            [new(Injected.AddSeconds(-5), "execution-engine", "restart", true, "alice"), new(Injected.AddSeconds(20), "broker", "restart", true, "alice"),
             new(Injected.AddSeconds(30), "execution-engine", "restart", false, "alice"),
             new(Injected.AddSeconds(35), "execution-engine", "restart", true, "incident-responder")],
            new("alice", Detected.AddSeconds(30)), Detected, Injected);

        Assert.False(marks.Single(m => m.Name.StartsWith("trainee did restart", StringComparison.Ordinal)).Passed);
    }

    [Fact]
    public void AReportedStepCountsAndAnUnobservableOneMustBeReported()
    {
        var marks = TraineeGrader.Grade(
            [Step("claim", "mitigate", "streams.claim-stuck", "done", "done by alice: claimed 12", "orders.approved"),
             Step("halt", "mitigate", "trading.halt", "to_do", target: "trading")],
            [], new("alice", Detected.AddSeconds(1)), Detected, Injected);

        Assert.True(marks.Single(m => m.Name.StartsWith("trainee did claim", StringComparison.Ordinal)).Passed);
        var halt = marks.Single(m => m.Name.StartsWith("trainee did halt", StringComparison.Ordinal));
        Assert.Equal((false, "not reported done (./gameday incidents done ID STEP)"), (halt.Passed, halt.Detail));
    }

    [Theory]
    [InlineData(null, 0, "the incident was never acknowledged")]
    [InlineData("autopilot", 1, "the autopilot acknowledged it, not a person")]
    [InlineData("alice", 301, "acknowledged by alice 301s after detection (within 5 min)")]
    public void APageNotTakenByAPersonWithinFiveMinutesFails(string? by, int afterSeconds, string detail)
    {
        var marks = TraineeGrader.Grade([], [], by is null ? null : new(by, Detected.AddSeconds(afterSeconds)), Detected, Injected);

        var page = marks.Single(m => m.Name == "trainee took the page");
        Assert.Equal((false, detail), (page.Passed, page.Detail));
    }

    [Fact]
    public void AHighRiskStepDoneBeforeItsApprovalFailsAndNotApplicableStepsAreNotGraded()
    {
        var marks = TraineeGrader.Grade(
            [Step("unhalt", "mitigate", "trading.unhalt", "done", "done by bob BEFORE its approval", "trading"),
             Step("restart-frozen", "mitigate", "resource.restart", "not_applicable")],
            [], new("bob", Detected), Detected, Injected);

        Assert.Equal("done before approval: unhalt", marks.Single(m => m.Name == "trainee waited for approval before high-risk steps").Detail);
        Assert.DoesNotContain(marks, m => m.Name.Contains("restart-frozen", StringComparison.Ordinal));
    }
}
