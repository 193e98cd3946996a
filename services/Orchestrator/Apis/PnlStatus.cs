using GameDay.Orchestrator.Model;

namespace GameDay.Orchestrator.Apis;

/// The body of GET /pnl/status (seed 004: `jq '.haltReason'`); the risk manager polls it.
public sealed record PnlStatus(
    string State, bool Halted, string? HaltReason, decimal RealizedPnl, decimal UnrealizedPnl, decimal TotalPnl,
    decimal DailyLossLimit, decimal DailyTarget, int OpenPositions, DateTimeOffset ChangedAt, string ChangedBy,
    DateTimeOffset UpdatedAt)
{
    public static PnlStatus From(TradingStatus state, PnlSnapshot pnl, TradingLimits limits, DateTimeOffset now) =>
        new(state.State, state.IsHalted, state.Reason, pnl.RealizedPnl, pnl.UnrealizedPnl,
            pnl.TotalPnl, limits.DailyLossLimit, limits.DailyTarget, pnl.OpenPositions, state.ChangedAt, state.ChangedBy, now);
}
