using GameDay.Contracts;

namespace GameDay.IncidentResponder.Model;

/// P0–P3 for an alert: its `severity` label, then the trading context (seed 004's halt reasons,
/// open exposure while the market is open, distance to the daily loss limit, market hours). Every
/// rule that changes or confirms the result leaves a reason; an unknown context is said, not guessed.
public sealed class Classifier(ClassifierSettings settings)
{
    public Classification Classify(AlertSignal alert, TradingContext context)
    {
        var reasons = new List<ClassificationReason>();
        var label = LabelSeverity(alert, reasons);
        NoteUnknownContext(context, reasons);

        var severity = label;
        var haltReason = HaltReasonOf(alert, context, reasons);
        if (haltReason == HaltReasons.DailyTargetReached)
        {
            reasons.Add(new("daily-target-halt", "P3, not paged",
                "trading halted because the daily target was reached: normal operation, no action required (seed 004)"));
            return new Classification(Severity.P3, label, false, reasons, context);
        }
        if (haltReason == HaltReasons.DailyLossLimit)
        {
            severity = Severity.P0;
            reasons.Add(new("daily-loss-limit-halt", "P0", "trading halted by the daily loss limit: critical financial risk (seed 004)"));
        }

        severity = ApplyExposure(alert, context, severity, reasons);
        severity = ApplyLossLimitProximity(context, haltReason, severity, reasons);
        severity = ApplyMarketClosed(alert, context, severity, reasons);

        var page = severity <= Severity.P2;
        if (!page) reasons.Add(new("paging", "not paged", "P3 incidents page no one; they are handled in business hours"));
        return new Classification(severity, label, page, reasons, context);
    }

    private static Severity LabelSeverity(AlertSignal alert, List<ClassificationReason> reasons)
    {
        if (SeverityExtensions.TryParse(alert.SeverityLabel, out var label))
        {
            reasons.Add(new("severity-label", label.ToString(), $"{alert.AlertName} carries severity={label}"));
            return label;
        }
        reasons.Add(new("severity-label", "P2 (default)",
            $"{alert.AlertName} has no valid severity label ({alert.SeverityLabel ?? "missing"}); P2 until a rule says otherwise"));
        return Severity.P2;
    }

    private static void NoteUnknownContext(TradingContext context, List<ClassificationReason> reasons)
    {
        if (context.Pnl is null)
        {
            reasons.Add(new("trading-context", "unknown",
                $"orchestrator status unknown ({context.PnlUnknownReason}); exposure and loss-limit rules not evaluated"));
        }
        if (context.Market == MarketSession.Unknown)
        {
            reasons.Add(new("market-context", "unknown", $"market session unknown ({context.MarketUnknownReason})"));
        }
    }

    // Only halt alerts are judged by the halt reason; the orchestrator's current reason wins over the runbook's.
    private string? HaltReasonOf(AlertSignal alert, TradingContext context, List<ClassificationReason> reasons)
    {
        var isHaltAlert = (alert.Runbook is not null && settings.HaltRunbooks.Contains(alert.Runbook))
            || alert.AlertName.StartsWith("TradingHalted", StringComparison.Ordinal);
        if (!isHaltAlert) return null;
        if (context.Pnl is { IsHalted: true, HaltReason: { } current }) return current;
        if (context.Pnl is { IsHalted: false })
        {
            reasons.Add(new("halt-reason", "from runbook", "the orchestrator no longer reports a halt; judging by the alert's runbook"));
        }
        return alert.Runbook switch
        {
            "daily-loss-limit" => HaltReasons.DailyLossLimit,
            "daily-target-reached" => HaltReasons.DailyTargetReached,
            _ => null,
        };
    }

    private Severity ApplyExposure(AlertSignal alert, TradingContext context, Severity severity, List<ClassificationReason> reasons)
    {
        if (alert.Resource is null || !settings.TradingCriticalServices.Contains(alert.Resource)) return severity;
        if (context.Pnl is not { OpenPositions: > 0 } pnl) return severity;
        if (alert.Runbook is not null && settings.DegradationRunbooks.Contains(alert.Runbook))
        {
            reasons.Add(new("open-exposure", "none (degraded, not failing)",
                $"{alert.AlertName} on {alert.Resource} is a degradation or a backlog, not the failure itself (which pages on its own); {pnl.OpenPositions} open positions do not raise it"));
            return severity;
        }
        if (context.Market is MarketSession.Closed or MarketSession.Halted) return severity;

        var market = context.Market == MarketSession.Open ? "the market is open" : "the market session is unknown (assumed open)";
        var detail = $"{alert.Resource} is failing with {pnl.OpenPositions} open positions while {market}";
        if (severity.IsAtLeast(Severity.P1))
        {
            reasons.Add(new("open-exposure", $"none (already {severity})", detail));
            return severity;
        }
        reasons.Add(new("open-exposure", $"{severity} → P1", detail));
        return Severity.P1;
    }

    private Severity ApplyLossLimitProximity(TradingContext context, string? haltReason, Severity severity, List<ClassificationReason> reasons)
    {
        if (haltReason == HaltReasons.DailyLossLimit || context.Pnl is not { DailyLossLimit: > 0 } pnl) return severity;
        var threshold = -(1 - settings.LossLimitProximity) * pnl.DailyLossLimit;
        if (pnl.TotalPnl > threshold) return severity;

        var raised = severity.Raised();
        reasons.Add(new("loss-limit-proximity", raised == severity ? $"none (already {severity})" : $"{severity} → {raised}",
            $"total PnL {pnl.TotalPnl:0.##} is within {settings.LossLimitProximity:P0} of the daily loss limit {pnl.DailyLossLimit:0.##}"));
        return raised;
    }

    private Severity ApplyMarketClosed(AlertSignal alert, TradingContext context, Severity severity, List<ClassificationReason> reasons)
    {
        if (context.Market != MarketSession.Closed || severity < Severity.P2) return severity;
        if (alert.Runbook is not null && settings.InfrastructureRunbooks.Contains(alert.Runbook)) return severity;

        var lowered = severity.Lowered();
        reasons.Add(new("market-closed", lowered == severity ? $"none (already {severity})" : $"{severity} → {lowered}",
            "the market is closed: a non-infrastructure problem cannot affect trading until it opens"));
        return lowered;
    }
}
