using System.Text.Json;

namespace GameDay.IncidentResponder.Actions;

/// `trades.record-missing` (seed 000 RB6-B): the execution engine records, once each, the trades the venue's history
/// holds and the database lacks, with their positions and fills, and reconciles again. An order sent just before the
/// halt can still fill, and its report can still be lost while the feed's gap lasts, after a first pass found nothing
/// more: so the step records again every <see cref="Pass"/> until reconciliation has come back clean (no missing trade,
/// no position mismatch) <see cref="CleanPasses"/> times in a row, for at most <see cref="Limit"/>; the verification
/// step judges what is left then.
public sealed class RecordMissingTradesAction(HttpActionClients http, TimeProvider time) : IIncidentAction
{
    public const int CleanPasses = 3;
    public static readonly TimeSpan Pass = TimeSpan.FromSeconds(5);
    public static readonly TimeSpan Limit = TimeSpan.FromSeconds(75);

    public string Name => "trades.record-missing";

    public async Task<ActionOutcome> ExecuteAsync(ActionContext context, CancellationToken cancellationToken)
    {
        var started = time.GetUtcNow();
        var recorded = new List<string>();
        for (int passes = 1, clean = 0; ; passes++)
        {
            var (outcome, answer) = await http.PostForJsonAsync(HttpActionClients.ExecutionEngine, "admin/trades/record-missing", null, cancellationToken);
            if (answer is not { } json) return outcome with { Detail = $"pass {passes}: {outcome.Detail}" };
            recorded.AddRange(json.GetProperty("recorded").EnumerateArray().Select(t => t.GetString() ?? ""));
            var left = Left(json);
            clean = left == 0 ? clean + 1 : 0;
            var done = $"recorded {recorded.Count} trade(s) in {passes} pass(es){(recorded.Count == 0 ? "" : ": " + string.Join(", ", recorded))}";
            if (clean >= CleanPasses) return ActionOutcome.Ok($"{done}; reconciliation clean {CleanPasses} times in a row.");
            if (time.GetUtcNow() - started >= Limit)
            {
                return ActionOutcome.Ok($"{done}; after {Limit.TotalSeconds:0} s reconciliation still reports {(left < 0 ? "no result" : $"{left} discrepancy(ies)")}: the verification decides.");
            }
            await Task.Delay(Pass, time, cancellationToken);
        }
    }

    /// Missing trades plus position mismatches in the reconciliation run after the pass; -1 when it did not finish.
    public static int Left(JsonElement answer) =>
        answer.TryGetProperty("reconciliation", out var run) && run.ValueKind == JsonValueKind.Object
            && run.TryGetProperty("missingTrades", out var missing) && missing.ValueKind == JsonValueKind.Number
            && run.TryGetProperty("positionMismatches", out var mismatches) && mismatches.ValueKind == JsonValueKind.Number
            ? missing.GetInt32() + mismatches.GetInt32()
            : -1;
}
