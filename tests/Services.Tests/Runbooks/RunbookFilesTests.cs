using GameDay.Runbooks;

namespace GameDay.Services.Tests.Runbooks;

public class RunbookFilesTests
{
    /// Catalog sections A, B, C and F (docs/failure-catalog.md): the runbooks this repository must have.
    public static readonly string[] SectionIds =
    [
        "complete-outage", "service-crash", "crash-loop", "missing-config", "port-in-use", "bad-deployment", "memory-leak", "high-cpu", "disk-full",
        "postgres-down", "connection-pool-exhausted", "slow-queries", "database-corruption", "db-network-latency",
        "redis-down", "consumer-stalled", "dlq-accumulation", "redis-memory-full",
        "daily-loss-limit", "daily-target-reached", "manual-halt-drill", "risk-manager-down", "risk-limit-breach", "auto-trading-disabled",
    ];

    private static readonly Lazy<RunbookLibrary> Library = new(() => RunbookLibrary.Load(RepoFiles.Runbooks));

    [Fact]
    public void EveryRunbookInTheRepositoryParses()
    {
        var library = RunbookLibrary.Load(RepoFiles.Runbooks);

        Assert.NotEmpty(library.Runbooks);
        Assert.All(library.Runbooks, runbook => Assert.NotEmpty(runbook.Steps));
    }

    [Theory]
    [MemberData(nameof(Sections))]
    public void EveryCatalogEntryOfSectionsABCAndFHasItsRunbook(string id)
    {
        var runbook = Library.Value.Find(id);

        Assert.NotNull(runbook);
        Assert.Contains(id, runbook.Catalog);
        Assert.Contains(runbook.Steps, step => step.Kind == StepKind.Verify);
    }

    [Fact]
    public void EveryAlertRoutedToSectionsABCAndFHasARunbookThatListsIt()
    {
        var routed = AlertRules.Load().Where(alert => SectionIds.Contains(alert.Runbook)).ToArray();

        Assert.NotEmpty(routed);
        Assert.All(routed, alert =>
        {
            var runbook = Library.Value.Find(alert.Runbook);
            Assert.True(runbook is not null, $"{alert.Alert} routes to runbook '{alert.Runbook}', which does not exist.");
            Assert.True(runbook.Alerts.Contains(alert.Alert), $"{alert.Alert} routes to '{alert.Runbook}', but its front matter does not list it.");
        });
    }

    [Fact]
    public void EveryAlertARunbookListsExistsAndRoutesToThatRunbook()
    {
        var rules = AlertRules.Load().ToDictionary(alert => alert.Alert, alert => alert.Runbook);

        Assert.All(Library.Value.Runbooks.SelectMany(runbook => runbook.Alerts.Select(alert => (runbook.Id, alert))), entry =>
        {
            Assert.True(rules.TryGetValue(entry.alert, out var target), $"{entry.Id} lists alert {entry.alert}, which no rule defines.");
            Assert.Equal(entry.Id, target);
        });
    }

    [Fact]
    public void EveryHighRiskStepWaitsForApproval()
    {
        var high = Library.Value.Runbooks.SelectMany(runbook => runbook.Steps).Where(step => step.Risk == RiskClass.High).ToArray();

        Assert.NotEmpty(high);
        Assert.All(high, step => Assert.Contains("approval granted", step.Pre));
    }

    [Fact]
    public void UnhaltAfterTheDailyLossLimitNeedsApproval()
    {
        var unhalt = Assert.Single(Library.Value.Find("daily-loss-limit")!.Steps, step => step.Action == "trading.unhalt");

        Assert.Equal(RiskClass.High, unhalt.Risk);
        Assert.Contains("approval granted", unhalt.Pre);
    }

    [Fact]
    public void DailyTargetReachedOnlyDiagnosesAndVerifiesAndPagesNoOne()
    {
        var runbook = Library.Value.Find("daily-target-reached")!;

        Assert.Equal("P3", runbook.Severity);
        Assert.All(runbook.Steps, step => Assert.NotEqual(StepKind.Mitigate, step.Kind));
        Assert.DoesNotContain(runbook.Steps, step => step.Action == "notify");
    }

    [Fact]
    public void EveryConditionOfEveryRunbookParsesOnceFilledWithLabels()
    {
        var labels = new Dictionary<string, string>
        {
            ["resource"] = "execution-engine", ["job"] = "signal-generator", ["stream"] = "orders.approved", ["group"] = "execution-engine",
        };
        var conditions = Library.Value.Runbooks.SelectMany(runbook => runbook.Steps).SelectMany(step => step.Pre.Concat(step.Post));

        Assert.All(conditions, condition => ConditionParser.Parse(Template.Fill(condition, labels)));
    }

    public static TheoryData<string> Sections() => new(SectionIds);
}
