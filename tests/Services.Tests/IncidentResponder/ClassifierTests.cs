using GameDay.IncidentResponder.Model;

namespace GameDay.Services.Tests.IncidentResponder;

public class ClassifierTests
{
    private readonly Classifier _classifier = new(ClassifierSettings.Default);

    [Fact]
    public void TheSeverityLabelIsTheStartingPoint()
    {
        var result = _classifier.Classify(Alerts.Signal("SlowQueries", "P2", "slow-queries", "postgres"), Alerts.Context());

        Assert.Equal(Severity.P2, result.Severity);
        Assert.Equal(Severity.P2, result.LabelSeverity);
        Assert.True(result.Page);
        Assert.Contains(result.Reasons, r => r.Rule == "severity-label");
    }

    [Fact]
    public void AMissingSeverityLabelDefaultsToP2AndSaysSo()
    {
        var result = _classifier.Classify(Alerts.Signal(severity: ""), Alerts.Context());

        Assert.Equal(Severity.P2, result.LabelSeverity);
        Assert.Contains(result.Reasons, r => r.Rule == "severity-label" && r.Effect.Contains("default"));
    }

    [Fact]
    public void ADailyLossLimitHaltIsP0EvenWhenTheLabelSaysLess()
    {
        var alert = Alerts.Signal("TradingHaltedDailyLossLimit", "P2", "daily-loss-limit", null);

        var result = _classifier.Classify(alert, Alerts.Context("HALTED", "daily_loss_limit"));

        Assert.Equal(Severity.P0, result.Severity);
        Assert.True(result.Page);
        Assert.Contains(result.Reasons, r => r.Rule == "daily-loss-limit-halt");
    }

    [Fact]
    public void ADailyTargetHaltIsP3AndPagesNoOneWhateverElseHolds()
    {
        var alert = Alerts.Signal("TradingHaltedDailyTarget", "P1", "daily-target-reached", null);
        var context = Alerts.Context("HALTED", "daily_target_reached", openPositions: 5, totalPnl: -190_000m);

        var result = _classifier.Classify(alert, context);

        Assert.Equal(Severity.P3, result.Severity);
        Assert.False(result.Page);
        Assert.Contains(result.Reasons, r => r.Rule == "daily-target-halt");
    }

    [Fact]
    public void TheHaltReasonComesFromTheRunbookWhenTheOrchestratorIsUnreachable()
    {
        var alert = Alerts.Signal("TradingHaltedDailyTarget", "P3", "daily-target-reached", null);

        var result = _classifier.Classify(alert, TradingContext.Unknown("connection refused"));

        Assert.Equal(Severity.P3, result.Severity);
        Assert.False(result.Page);
        Assert.Contains(result.Reasons, r => r.Rule == "trading-context" && r.Effect == "unknown" && r.Detail.Contains("connection refused"));
    }

    [Fact]
    public void AFailingExecutionServiceWithOpenExposureWhileTheMarketIsOpenIsAtLeastP1()
    {
        var result = _classifier.Classify(Alerts.Signal("StreamConsumerLag", "P2", "consumer-stalled", "execution-engine"),
            Alerts.Context(openPositions: 3));

        Assert.Equal(Severity.P1, result.Severity);
        Assert.Contains(result.Reasons, r => r.Rule == "open-exposure" && r.Effect == "P2 → P1");
    }

    [Fact]
    public void OpenExposureDoesNotRaiseWhenTheMarketIsClosed()
    {
        var result = _classifier.Classify(Alerts.Signal("StreamConsumerLag", "P2", "consumer-stalled", "execution-engine"),
            Alerts.Context(openPositions: 3, market: MarketSession.Closed));

        Assert.Equal(Severity.P2, result.Severity);
        Assert.DoesNotContain(result.Reasons, r => r.Rule == "open-exposure");
    }

    [Theory]
    [InlineData("MemoryLeak", "memory-leak")]
    [InlineData("HighCpu", "high-cpu")]
    [InlineData("DlqGrowing", "dlq-accumulation")]
    public void OpenExposureDoesNotRaiseAServiceThatDegradesButStillWorks(string alert, string runbook)
    {
        var result = _classifier.Classify(Alerts.Signal(alert, "P2", runbook, "execution-engine"), Alerts.Context(openPositions: 3));

        Assert.Equal(Severity.P2, result.Severity);
        Assert.Contains(result.Reasons, r => r.Rule == "open-exposure" && r.Effect == "none (degraded, not failing)");
    }

    [Fact]
    public void OpenExposureIgnoresServicesOutsideTheTradingPath()
    {
        var result = _classifier.Classify(Alerts.Signal("MemoryLeak", "P2", "memory-leak", "signal-generator"), Alerts.Context(openPositions: 3));

        Assert.Equal(Severity.P2, result.Severity);
    }

    [Fact]
    public void PnlWithinTwentyPercentOfTheLossLimitRaisesOneLevel()
    {
        var result = _classifier.Classify(Alerts.Signal("SlowQueries", "P2", "slow-queries", "postgres"),
            Alerts.Context(totalPnl: -165_000m, lossLimit: 200_000m));

        Assert.Equal(Severity.P1, result.Severity);
        Assert.Contains(result.Reasons, r => r.Rule == "loss-limit-proximity" && r.Effect == "P2 → P1");
    }

    [Fact]
    public void PnlFurtherFromTheLossLimitChangesNothing()
    {
        var result = _classifier.Classify(Alerts.Signal("SlowQueries", "P2", "slow-queries", "postgres"),
            Alerts.Context(totalPnl: -150_000m, lossLimit: 200_000m));

        Assert.Equal(Severity.P2, result.Severity);
        Assert.DoesNotContain(result.Reasons, r => r.Rule == "loss-limit-proximity");
    }

    [Fact]
    public void AClosedMarketLowersANonInfrastructureP2ToAnUnpagedP3()
    {
        var result = _classifier.Classify(Alerts.Signal("BadTicksRejected", "P2", "bad-ticks", "data-ingestor"),
            Alerts.Context(market: MarketSession.Closed));

        Assert.Equal(Severity.P3, result.Severity);
        Assert.False(result.Page);
        Assert.Contains(result.Reasons, r => r.Rule == "market-closed" && r.Effect == "P2 → P3");
    }

    [Fact]
    public void AClosedMarketLeavesInfrastructureAlertsAlone()
    {
        var result = _classifier.Classify(Alerts.Signal("SlowQueries", "P2", "slow-queries", "postgres"),
            Alerts.Context(market: MarketSession.Closed));

        Assert.Equal(Severity.P2, result.Severity);
    }

    [Fact]
    public void AClosedMarketNeverLowersP1()
    {
        var result = _classifier.Classify(Alerts.Signal("PositionMismatch", "P1", "position-mismatch", "execution-engine"),
            Alerts.Context(market: MarketSession.Closed));

        Assert.Equal(Severity.P1, result.Severity);
    }

    [Fact]
    public void AnUnknownMarketCountsAsOpenForExposureAndSaysSo()
    {
        var context = Alerts.Context(openPositions: 2) with { Market = MarketSession.Unknown, MarketUnknownReason = "broker: timeout" };

        var result = _classifier.Classify(Alerts.Signal("StreamConsumerLag", "P2", "consumer-stalled", "risk-manager"), context);

        Assert.Equal(Severity.P1, result.Severity);
        Assert.Contains(result.Reasons, r => r.Rule == "market-context" && r.Detail.Contains("broker: timeout"));
        Assert.Contains(result.Reasons, r => r.Rule == "open-exposure" && r.Detail.Contains("assumed open"));
    }

    [Fact]
    public void AnUnknownTradingContextSkipsTheExposureAndLossRules()
    {
        var result = _classifier.Classify(Alerts.Signal("StreamConsumerLag", "P2", "consumer-stalled", "execution-engine"),
            TradingContext.Unknown("orchestrator: connection refused"));

        Assert.Equal(Severity.P2, result.Severity);
        Assert.Contains(result.Reasons, r => r.Rule == "trading-context" && r.Effect == "unknown");
    }
}
