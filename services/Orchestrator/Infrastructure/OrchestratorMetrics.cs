using System.Diagnostics.Metrics;
using GameDay.Contracts;

namespace GameDay.Orchestrator.Infrastructure;

/// The gauges of docs/metrics-contract.md that alert rules and the runbooks read.
public sealed class OrchestratorMetrics
{
    public const string MeterName = "GameDay.Orchestrator";

    public OrchestratorMetrics(IMeterFactory meterFactory, StatusSnapshot snapshot, LimitsState limits)
    {
        var meter = meterFactory.Create(MeterName);
        meter.CreateObservableGauge("trading_system_halted",
            () => snapshot.State?.IsHalted == true ? 1 : 0, description: "1 while trading is halted");
        meter.CreateObservableGauge("trading_halt_reason", () => HaltReasonMeasurements(snapshot),
            description: "1 for the reason of the current halt, 0 for the others");
        meter.CreateObservableGauge("pnl_realized", () => (double)snapshot.Pnl.RealizedPnl, description: "Realized PnL");
        meter.CreateObservableGauge("pnl_unrealized", () => (double)snapshot.Pnl.UnrealizedPnl, description: "Unrealized PnL at the latest marks");
        meter.CreateObservableGauge("pnl_daily_loss_limit", () => (double)limits.Current.DailyLossLimit,
            description: "Daily loss limit in force (halts when total PnL falls to minus this)");
        meter.CreateObservableGauge("pnl_daily_target", () => (double)limits.Current.DailyTarget,
            description: "Daily target in force (halts when total PnL reaches this)");
    }

    // Every reason is reported (0 when not current) so that a series drops to 0 instead of going stale.
    private static IEnumerable<Measurement<int>> HaltReasonMeasurements(StatusSnapshot snapshot)
    {
        var state = snapshot.State;
        var current = state?.IsHalted == true ? state.Reason : null;
        return HaltReasons.All.Select(reason =>
            new Measurement<int>(reason == current ? 1 : 0, new KeyValuePair<string, object?>("reason", reason)));
    }
}
