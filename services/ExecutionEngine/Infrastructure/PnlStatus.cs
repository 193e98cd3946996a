namespace GameDay.ExecutionEngine.Infrastructure;

/// The part of the orchestrator's `GET /pnl/status` the engine needs.
public sealed record PnlStatus(string? State, bool Halted, string? HaltReason);
