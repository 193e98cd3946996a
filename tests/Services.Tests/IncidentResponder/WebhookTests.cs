using GameDay.IncidentResponder.Model;

namespace GameDay.Services.Tests.IncidentResponder;

public class WebhookTests
{
    [Fact]
    public void AWellFormedVersion4WebhookHasNoErrors() =>
        Assert.Empty(WebhookValidator.Validate(Alerts.Webhook(Alerts.Raw(), Alerts.Raw(status: "resolved", fingerprint: "fp-2"))));

    [Fact]
    public void AnEmptyBodyIsMalformed() => Assert.NotEmpty(WebhookValidator.Validate(null));

    [Fact]
    public void AnotherVersionIsMalformed() =>
        Assert.Contains(WebhookValidator.Validate(Alerts.Webhook(Alerts.Raw()) with { Version = "3" }), e => e.Contains("version"));

    [Fact]
    public void AnAlertWithoutFingerprintOrStartIsMalformedAndNamed()
    {
        var errors = WebhookValidator.Validate(Alerts.Webhook(Alerts.Raw(), Alerts.Raw() with { Fingerprint = "", StartsAt = null }));

        Assert.Contains(errors, e => e.StartsWith("alerts[1]: fingerprint", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("alerts[1]: startsAt", StringComparison.Ordinal));
    }

    [Fact]
    public void AResolvedAlertNeedsItsEnd() =>
        Assert.Contains(WebhookValidator.Validate(Alerts.Webhook(Alerts.Raw(status: "resolved") with { EndsAt = DateTimeOffset.MinValue })),
            e => e.Contains("endsAt"));

    [Fact]
    public void ARepeatedNotificationHasTheSameIdempotencyKey()
    {
        var first = AlertSignal.From(Alerts.Raw());
        var repeat = AlertSignal.From(Alerts.Raw() with { EndsAt = Alerts.T0.AddMinutes(4) });

        Assert.Equal(first.Key, repeat.Key);
        Assert.Equal(first.Key.ToString(), repeat.Key.ToString());
    }

    [Fact]
    public void ResolutionAndReFiringAreNewEvents()
    {
        var firing = AlertSignal.From(Alerts.Raw());
        var resolved = AlertSignal.From(Alerts.Raw(status: "resolved"));
        var refired = AlertSignal.From(Alerts.Raw(startsAt: Alerts.T0.AddMinutes(1)));

        Assert.NotEqual(firing.Key, resolved.Key);
        Assert.NotEqual(firing.Key, refired.Key);
    }

    [Fact]
    public void TheKeyIgnoresTheOffsetOfTheSameInstant()
    {
        var utc = AlertSignal.From(Alerts.Raw());
        var ist = AlertSignal.From(Alerts.Raw(startsAt: Alerts.T0.ToOffset(TimeSpan.FromHours(5.5))));

        Assert.Equal(utc.Key.ToString(), ist.Key.ToString());
    }

    [Fact]
    public void AlertsOfOneRunbookAndResourceShareAnIncidentKey()
    {
        var down = AlertSignal.From(Alerts.Raw(fingerprint: "a"));
        var downAgain = AlertSignal.From(Alerts.Raw(fingerprint: "b", name: "ServiceDown"));
        var otherService = AlertSignal.From(Alerts.Raw(fingerprint: "c", resource: "risk-manager"));
        var otherRunbook = AlertSignal.From(Alerts.Raw(fingerprint: "d", name: "CrashLoop", runbook: "crash-loop"));

        Assert.Equal("service-crash/execution-engine", down.GroupKey);
        Assert.Equal(down.GroupKey, downAgain.GroupKey);
        Assert.NotEqual(down.GroupKey, otherService.GroupKey);
        Assert.NotEqual(down.GroupKey, otherRunbook.GroupKey);
    }

    [Fact]
    public void TheJobStandsInForAMissingResource()
    {
        var alert = AlertSignal.From(Alerts.Raw(name: "HighAPIErrorRate", runbook: "bad-deployment", resource: null) with
        {
            Labels = new() { ["alertname"] = "HighAPIErrorRate", ["runbook"] = "bad-deployment", ["job"] = "signal-generator" },
        });

        Assert.Equal("bad-deployment/signal-generator", alert.GroupKey);
    }

    [Fact]
    public void ScenarioRunAndInjectionTimeAreReadFromLabelAndAnnotation()
    {
        var alert = AlertSignal.From(Alerts.Raw(
            extraLabels: new() { ["scenario_run"] = "run-42" },
            annotations: new() { ["summary"] = "down", ["fault_injected_at"] = "2025-01-06T09:29:55Z" }));

        Assert.Equal("run-42", alert.ScenarioRunId);
        Assert.Equal(Alerts.T0.AddSeconds(-5), alert.FaultInjectedAt);
    }

    [Fact]
    public void TheWatchdogIsRecognised() => Assert.True(AlertSignal.From(Alerts.Raw(name: "Watchdog", runbook: "monitoring-down")).IsWatchdog);
}
