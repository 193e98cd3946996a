using System.Globalization;
using GameDay.Contracts;
using GameDay.Market;

namespace GameDay.Chaos.Kinds.Market;

/// Sends one shock request to the venue and to the data ingestor (the same steps, so the same prices), sized
/// against the open positions when asked to; the revert sends the opposite moves to whichever got the first.
internal sealed class MarketMoveFault(FaultContext context, MarketMoveSettings settings) : IFault
{
    /// Both services must have the request before the first shocked step: a little ahead of now.
    private static readonly TimeSpan Lead = TimeSpan.FromSeconds(2);

    private static readonly string[] Services = [ResourceNames.Broker, ResourceNames.DataIngestor];

    private readonly List<string> movedOn = [];
    private ShockRequest? applied;

    public async Task<string> InjectAsync(CancellationToken ct)
    {
        var (moves, summary) = await PlanAsync(ct);
        var request = Request(moves);
        foreach (var service in Services)
        {
            await SendAsync(service, request, ct);
            movedOn.Add(service);
            applied = request;
        }
        return $"{summary}, over {settings.Over.TotalSeconds:0.#} s from {request.StartAt:HH:mm:ss} on the venue and the market data";
    }

    public async Task<string> RevertAsync(CancellationToken ct)
    {
        if (applied is null) return "the market was not moved";
        var back = Request(applied.TotalReturn is { } index
            ? [(null, Retrace(index))]
            : [.. applied.Symbols!.Select(kv => ((string?)kv.Key, Retrace(kv.Value)))]);
        foreach (var service in movedOn.ToList())
        {
            await SendAsync(service, back, ct);
            movedOn.Remove(service);
        }
        applied = null;
        return $"the market retraces the move over {settings.Over.TotalSeconds:0.#} s";
    }

    private async Task<(IReadOnlyList<(string? Symbol, double Return)> Moves, string Summary)> PlanAsync(CancellationToken ct) =>
        settings.Size == "index"
            ? ([(null, settings.Amount)], Invariant($"the index moves {settings.Amount:+0.##%;-0.##%}"))
            : Plan(settings, await TradingBook.ReadAsync(context, withPositions: true, ct));

    /// The total return of each held symbol and a sentence saying why: one share for all, against (adverse) or with
    /// each position's sign, so that PnL changes by the share times the gross exposure.
    internal static (IReadOnlyList<(string? Symbol, double Return)> Moves, string Summary) Plan(MarketMoveSettings settings, TradingBook book)
    {
        if (book.Positions.Count == 0) throw new InvalidOperationException("no open position to move the market against yet");
        var gross = (double)book.Gross;
        var (share, why) = settings.Size switch
        {
            "move" => (settings.Amount, ""),
            "pnl" => (settings.Amount / gross, Invariant($" to change PnL by {settings.Amount:N0}")),
            _ => Past(settings, book, gross),
        };
        if (share > settings.MaxMove)
        {
            throw new InvalidOperationException(Invariant(
                $"the open positions are too small{why}: a {settings.MaxMove:0.##%} move of all {book.Positions.Count} (gross {gross:N0}) changes PnL by {gross * settings.MaxMove:N0} only"));
        }
        var sign = settings.Adverse ? -1 : 1;
        var moves = book.Positions.Select(p => ((string?)p.Symbol, sign * Math.Sign(p.Quantity) * share)).ToList();
        return (moves, Invariant($"{book.Positions.Count} held symbols move {share:0.###%} {(settings.Adverse ? "against" : "with")} their positions{why} (PnL was {book.TotalPnl:N0}, about {sign * share * gross:+#,0;-#,0})"));
    }

    private static (double Share, string Why) Past(MarketMoveSettings settings, TradingBook book, double gross)
    {
        var distance = settings.Adverse ? book.TotalPnl + book.DailyLossLimit : book.DailyTarget - book.TotalPnl;
        var needed = Math.Max(0, (double)distance) + settings.Amount;
        var limit = settings.Adverse ? Invariant($"the daily loss limit (-{book.DailyLossLimit:N0})") : Invariant($"the daily target ({book.DailyTarget:N0})");
        return (needed / gross, Invariant($" to take PnL {settings.Amount:N0} past {limit}"));
    }

    private ShockRequest Request(IReadOnlyList<(string? Symbol, double Return)> moves)
    {
        var steps = (int)Math.Max(1, Math.Round(settings.Over / new MarketOptions().StepInterval));
        var startAt = context.Time.GetUtcNow() + Lead;
        return moves is [(null, var index)]
            ? new ShockRequest(index, steps, startAt)
            : new ShockRequest(null, steps, startAt, moves.ToDictionary(m => m.Symbol!, m => m.Return, StringComparer.Ordinal));
    }

    private Task SendAsync(string service, ShockRequest request, CancellationToken ct) =>
        AdminRequest.SendAsync(context, service, HttpMethod.Post, "/admin/market/shock", request, (code, text) => $"{service} refused the move: {code} {text}", ct);

    private static double Retrace(double move) => (1 / (1 + move)) - 1;

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
