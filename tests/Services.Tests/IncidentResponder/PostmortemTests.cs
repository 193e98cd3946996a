using GameDay.IncidentResponder.Model;

namespace GameDay.Services.Tests.IncidentResponder;

public class PostmortemTests
{
    private static readonly DateTimeOffset T = Alerts.T0;

    private static Incident Resolved(DateTimeOffset? injected, string? scenario, DateTimeOffset? acknowledged = null) => new(
        12, "service-crash/execution-engine", "execution-engine is down", "service-crash", "execution-engine", Severity.P1,
        IncidentStates.Resolved, scenario,
        new IncidentTimestamps(injected, T.AddSeconds(5), T.AddSeconds(8), acknowledged, null, T.AddSeconds(40), T.AddSeconds(50)),
        true, T.AddSeconds(8), 1, 0, new Classification(Severity.P1, Severity.P1, true, [], Alerts.Context(openPositions: 2)), []);

    private static readonly IncidentAlert[] ResolvedAlerts =
        [new("fp-1", "ServiceDown", "execution-engine", "resolved", T.AddSeconds(5), T.AddSeconds(40), "execution-engine is down")];

    private static readonly TimelineEntry[] Timeline =
    [
        new(T.AddSeconds(5), TimelineTypes.AlertFired, "ServiceDown fired: execution-engine is down"),
        new(T.AddSeconds(8), TimelineTypes.Paged, "paged On-call Engineer (level 1)"),
        new(T.AddSeconds(40), TimelineTypes.AlertResolved, "ServiceDown resolved"),
    ];

    [Fact]
    public void MeasuresStartAtTheInjectionWhenItIsKnown()
    {
        var m = IncidentMeasures.From(Resolved(T, "run-1", acknowledged: T.AddSeconds(11)).Times);

        Assert.Equal(IncidentMeasures.FromInjection, m.Basis);
        Assert.Equal(8, m.MttdSeconds);
        Assert.Equal(3, m.MttaSeconds);
        Assert.Equal(40, m.MttrSeconds);
    }

    [Fact]
    public void MeasuresFallBackToTheFirstSignalAndSaySo()
    {
        var m = IncidentMeasures.From(Resolved(null, null).Times);

        Assert.Equal(IncidentMeasures.FromFirstSignal, m.Basis);
        Assert.Equal(3, m.MttdSeconds);
        Assert.Null(m.MttaSeconds);
        Assert.Equal(35, m.MttrSeconds);
    }

    [Fact]
    public void TheRootCauseIsTheInjectingScenarioWhenKnown()
    {
        var pm = PostmortemGenerator.Generate(Resolved(T, "run-7"), ResolvedAlerts, Timeline, [], [], T.AddSeconds(50));

        Assert.Contains("scenario run run-7", pm.RootCause.PrimaryCause);
        Assert.Contains(pm.RootCause.ContributingFactors, f => f.StartsWith("ServiceDown", StringComparison.Ordinal));
        Assert.Equal(["execution-engine"], pm.Summary.ServicesAffected);
        Assert.Equal(50, pm.Summary.DurationSeconds);
    }

    [Fact]
    public void AnUnacknowledgedPageBecomesAnActionItem()
    {
        var pm = PostmortemGenerator.Generate(Resolved(null, null), ResolvedAlerts, Timeline, [], [], T.AddSeconds(50));

        Assert.Contains(pm.ActionItems, a => a.Contains("acknowledged", StringComparison.OrdinalIgnoreCase));
        Assert.Contains("not established", pm.RootCause.PrimaryCause);
    }

    [Fact]
    public void TheChecklistTicksOnlyWhatTheResponderKnows()
    {
        var pm = PostmortemGenerator.Generate(Resolved(T, "run-1"), ResolvedAlerts, Timeline, [], [], T.AddSeconds(50));

        Assert.Equal(10, pm.RecoveryChecklist.Count);
        Assert.True(pm.RecoveryChecklist.Single(c => c.Item == "Monitoring alerts cleared").Verified);
        Assert.All(pm.RecoveryChecklist.Where(c => c.Item != "Monitoring alerts cleared"), c => Assert.Null(c.Verified));
    }

    [Fact]
    public void TheChecklistTicksWhatTheLatestVerifyStepVerified()
    {
        ChecklistEvidence Verify(int second, bool? streams) => new(T.AddSeconds(second), "verify",
        [
            new([RecoveryChecklist.HealthChecks, RecoveryChecklist.Agents, RecoveryChecklist.Database], true, "every resource is healthy."),
            new([RecoveryChecklist.Streams], streams, $"orders.approved pending = {(streams == false ? 40 : 0)}"),
        ]);
        ChecklistEvidence[] evidence = [Verify(30, false), Verify(45, true), new(T.AddSeconds(46), "trading", [new([RecoveryChecklist.Trading], false, "halted (manual)")])];

        var pm = PostmortemGenerator.Generate(Resolved(T, "run-1"), ResolvedAlerts, Timeline, [], evidence, T.AddSeconds(50));
        var item = pm.RecoveryChecklist.ToDictionary(c => c.Item);

        Assert.True(item[RecoveryChecklist.HealthChecks].Verified);
        Assert.True(item[RecoveryChecklist.Streams].Verified);
        Assert.Equal($"orders.approved pending = 0 (step 'verify' at {T.AddSeconds(45).UtcDateTime:HH:mm:ss}Z)", item[RecoveryChecklist.Streams].Evidence);
        Assert.False(item[RecoveryChecklist.Trading].Verified);
        Assert.Null(item["Security posture verified"].Verified);
        var md = PostmortemMarkdown.Render(pm);
        Assert.Contains("- [x] Stream processing normal (orders.approved pending = 0", md, StringComparison.Ordinal);
        Assert.Contains("- [ ] Trading system operational (NOT met: halted (manual)", md, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("all resources healthy", "All health checks passing|All agents responding|Database connectivity verified")]
    [InlineData("resource tradingdb healthy", "Database connectivity verified")]
    [InlineData("resource execution-engine healthy", "")]
    [InlineData("postgres lock waits == 0", "Database connectivity verified")]
    [InlineData("trading active", "Trading system operational")]
    [InlineData("trading halted reason security_incident", "")]
    [InlineData("stream signals group risk-manager pending < 10", "Stream processing normal")]
    [InlineData("alert ServiceDown resolved", "")]
    [InlineData("invariants hold", "")]
    public void EachConditionSpeaksForTheChecklistItemsItVerifies(string condition, string items) =>
        Assert.Equal(items, string.Join('|', RecoveryChecklist.ItemsFor(GameDay.Runbooks.ConditionParser.Parse(condition))));

    [Fact]
    public void TheMarkdownFollowsTheSeedTemplate()
    {
        var md = PostmortemMarkdown.Render(PostmortemGenerator.Generate(Resolved(T, "run-1", T.AddSeconds(11)), ResolvedAlerts, Timeline, [], [], T.AddSeconds(50)));

        string[] sections =
        [
            "# Post-Mortem: #12 execution-engine is down", "## Incident Summary", "## Metrics", "## Timeline", "## Root Cause",
            "## Resolution", "## Action Items", "## Recovery Validation Checklist", "## What Went Well", "## What Could Be Improved",
            "## Lessons Learned",
        ];
        Assert.All(sections, s => Assert.Contains(s, md));
        Assert.True(sections.Select(s => md.IndexOf(s, StringComparison.Ordinal)).SequenceEqual(sections.Select(s => md.IndexOf(s, StringComparison.Ordinal)).Order()));
        Assert.Contains("**MTTD** (detected − start, from fault injection): 8 s", md);
        Assert.Contains("**MTTA** (acknowledged − detected): 3 s", md);
        Assert.Contains("**MTTR** (recovered − start, from fault injection): 40 s", md);
        Assert.Contains("- [x] Monitoring alerts cleared", md);
        Assert.Contains("09:30:05.000 - alert_fired: ServiceDown fired", md);
    }

    [Fact]
    public void TheResolutionSaysWhatWasDoneAndByWhom()
    {
        Mitigation[] done =
        [
            new(T.AddSeconds(20), "restart", "resource.restart", "execution-engine", ReportedByPerson: false),
            new(T.AddSeconds(30), "claim-stuck", "streams.claim", "orders.approved", ReportedByPerson: true),
        ];

        var pm = PostmortemGenerator.Generate(Resolved(T, "run-1"), ResolvedAlerts, Timeline, done, [], T.AddSeconds(50));

        Assert.StartsWith("mitigated by restart (resource.restart on execution-engine) at 09:30:20Z by the autopilot; " +
            "claim-stuck (streams.claim on orders.approved) at 09:30:30Z reported done by the person on call; all alerts cleared", pm.Resolution);
    }

    [Fact]
    public void TheMarkdownTimelineKeepsOneShortLinePerEvent()
    {
        TimelineEntry[] timeline = [new(T.AddSeconds(20), "step_succeeded", "read-log (resource.logs): " + string.Concat(Enumerable.Repeat("line\n", 100)))];

        var md = PostmortemMarkdown.Render(PostmortemGenerator.Generate(Resolved(T, "run-1"), ResolvedAlerts, timeline, [], [], T.AddSeconds(50)));

        var line = md.Split('\n').Single(l => l.Contains("step_succeeded", StringComparison.Ordinal));
        Assert.EndsWith("…", line);
        Assert.True(line.Length < 260, line);
    }

    [Fact]
    public void WithoutAMitigationTheResolutionSaysNoneWasRecorded()
    {
        var pm = PostmortemGenerator.Generate(Resolved(T, "run-1"), ResolvedAlerts, Timeline, [], [], T.AddSeconds(50));

        Assert.StartsWith("no mitigation was recorded by the responder", pm.Resolution);
    }

    [Fact]
    public void TheMarkdownSaysWhenTheInjectionTimeIsUnknown()
    {
        var md = PostmortemMarkdown.Render(PostmortemGenerator.Generate(Resolved(null, null), ResolvedAlerts, Timeline, [], [], T.AddSeconds(50)));

        Assert.Contains("from first signal (injection time unknown)", md);
        Assert.Contains("**MTTA** (acknowledged − detected): n/a", md);
    }
}
