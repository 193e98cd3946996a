using System.Text.Json;

namespace GameDay.ExecutionEngine.Infrastructure;

/// One row of `reconciliation_runs`; counts are null when the run could not complete (details say why).
public sealed record ReconciliationRun(
    long Id, DateTimeOffset StartedAt, DateTimeOffset? FinishedAt, int? MissingTrades, int? PositionMismatches,
    int? Duplicates, JsonElement? Details);
