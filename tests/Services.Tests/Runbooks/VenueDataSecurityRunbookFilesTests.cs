using GameDay.Runbooks;

namespace GameDay.Services.Tests.Runbooks;

/// Catalog entries of sections D, E, G and H whose runbooks the autopilot follows in drills.
public sealed class VenueDataSecurityRunbookFilesTests
{
    public static readonly string[] Ids = ["broker-api-errors", "credentials-expired", "signal-latency", "position-mismatch", "auth-failure-spike"];

    private static readonly Lazy<RunbookLibrary> Library = new(() => RunbookLibrary.Load(RepoFiles.Runbooks));

    [Theory]
    [MemberData(nameof(Entries))]
    public void TheEntryHasARunbookWithAMitigationAndAVerification(string id)
    {
        var runbook = Library.Value.Find(id);

        Assert.NotNull(runbook);
        Assert.Contains(id, runbook.Catalog);
        Assert.Contains(runbook.Steps, step => step.Kind == StepKind.Mitigate);
        Assert.Equal(StepKind.Verify, runbook.Steps.Last(step => step.Action != "notify").Kind);
    }

    [Fact]
    public void EveryAlertRoutedToTheseRunbooksIsListedInItsFrontMatter()
    {
        var routed = AlertRules.Load().Where(alert => Ids.Contains(alert.Runbook)).ToArray();

        Assert.Equal(["AdminAuthFailureSpike", "PositionMismatch", "SignalLatencyHigh", "VenueAuthFailures", "VenueCircuitOpen", "VenueErrorRate"],
            routed.Select(alert => alert.Alert).Order());
        Assert.All(routed, alert => Assert.Contains(alert.Alert, Library.Value.Find(alert.Runbook)!.Alerts));
    }

    [Fact]
    public void PositionsAreSyncedOnlyWhileHaltedAndAfterApproval()
    {
        var sync = Assert.Single(Library.Value.Find("position-mismatch")!.Steps, step => step.Action == "positions.sync-from-venue");

        Assert.Equal(RiskClass.High, sync.Risk);
        Assert.Equal(["approval granted", "trading halted"], sync.Pre);
    }

    [Fact]
    public void ASecurityHaltIsLiftedOnlyWithApprovalWhileSystemErrorPausesAreLiftedByTheRunbookItself()
    {
        var security = Library.Value.Find("auth-failure-spike")!.Steps.Single(step => step.Action == "trading.unhalt");
        var resumes = new[] { "broker-api-errors", "position-mismatch" }.Select(id => Library.Value.Find(id)!.Steps.Single(step => step.Action == "trading.unhalt"));

        Assert.Equal(RiskClass.High, security.Risk);
        Assert.Equal("security_incident", security.With["reason"]);
        Assert.All(resumes, resume =>
        {
            Assert.Equal(RiskClass.Medium, resume.Risk);
            Assert.Equal("system_error", resume.With["reason"]);
        });
    }

    [Fact]
    public void TheSecurityRunbookHaltsBeforeItDoesAnythingElse()
    {
        var first = Library.Value.Find("auth-failure-spike")!.Steps[0];

        Assert.Equal("trading.halt", first.Action);
        Assert.Equal("security_incident", first.With["reason"]);
    }

    public static TheoryData<string> Entries() => new(Ids);
}
