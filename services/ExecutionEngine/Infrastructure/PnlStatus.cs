namespace GameDay.ExecutionEngine.Infrastructure;

/// The part of the orchestrator's `GET /pnl/status` the engine needs. `ChangedAt`: when the state last
/// changed (the `At` of the matching TradingStateChanged).
public sealed record PnlStatus(string? State, bool Halted, string? HaltReason, DateTimeOffset? ChangedAt);
