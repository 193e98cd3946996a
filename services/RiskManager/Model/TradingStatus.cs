namespace GameDay.RiskManager.Model;

/// What the orchestrator's `GET /pnl/status` reports; null fields mean it did not say.
public sealed record TradingStatus(
    string? State, bool Halted, string? HaltReason, decimal TotalPnl, decimal DailyLossLimit, decimal DailyTarget);
