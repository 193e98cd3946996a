using System.Globalization;
using GameDay.Contracts;

namespace GameDay.Chaos.Kinds.Config;

/// Sets the orchestrator's limits relative to the current PnL and restores the previous ones (idempotent: the
/// revert writes the remembered values, whoever changed them since).
internal sealed class TradingLimitsFault(FaultContext context, decimal? lossHeadroom, decimal? targetHeadroom) : IFault
{
    /// The smallest limit the fault sets: the orchestrator takes positive amounts only.
    private const decimal Floor = 1_000m;

    private (decimal Loss, decimal Target)? before;

    public async Task<string> InjectAsync(CancellationToken ct)
    {
        var book = await TradingBook.ReadAsync(context, withPositions: false, ct);
        var loss = lossHeadroom is { } l ? Math.Max(Floor, Math.Round(l - book.TotalPnl)) : book.DailyLossLimit;
        var target = targetHeadroom is { } t ? Math.Max(Floor, Math.Round(book.TotalPnl + t)) : book.DailyTarget;
        await PutAsync(loss, target, ct);
        before = (book.DailyLossLimit, book.DailyTarget);
        return Invariant($"daily loss limit {book.DailyLossLimit:N0} → {loss:N0}, daily target {book.DailyTarget:N0} → {target:N0} (PnL {book.TotalPnl:N0})");
    }

    public async Task<string> RevertAsync(CancellationToken ct)
    {
        if (before is not { } limits) return "the limits were not changed";
        await PutAsync(limits.Loss, limits.Target, ct);
        before = null;
        return Invariant($"daily loss limit {limits.Loss:N0} and daily target {limits.Target:N0} restored");
    }

    private Task PutAsync(decimal loss, decimal target, CancellationToken ct) =>
        AdminRequest.SendAsync(context, ResourceNames.Orchestrator, HttpMethod.Put, "/admin/limits", new { dailyLossLimit = loss, dailyTarget = target },
            (code, text) => $"the orchestrator refused the limits: {code} {text}", ct);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
