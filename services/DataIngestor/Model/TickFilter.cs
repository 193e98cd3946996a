using GameDay.DataIngestor.Feeds;

namespace GameDay.DataIngestor.Model;

/// The data-quality filters of seed 002 §P2, per quote: a non-positive price, a jump of more than
/// `maxJump` from the last accepted price of the symbol, or a timestamp not after the last
/// accepted one is rejected. A real gap (a market shock) would be rejected for ever by the jump
/// rule alone, so `confirmAfter` consecutive jump rejections that agree with each other (within
/// `maxJump`) establish the new level. Not thread-safe: one ingestion loop owns it.
public sealed class TickFilter(decimal maxJump, int confirmAfter)
{
    private readonly Dictionary<string, SymbolState> _symbols = [];

    /// Null when accepted, else the reason (one of RejectReasons).
    public string? Check(FeedQuote quote)
    {
        if (quote.Price <= 0) return RejectReasons.NonPositivePrice;
        if (!_symbols.TryGetValue(quote.Symbol, out var last))
        {
            _symbols[quote.Symbol] = new SymbolState(quote.Price, quote.Timestamp, null, 0);
            return null;
        }
        if (quote.Timestamp <= last.Timestamp) return RejectReasons.OutOfOrder;
        if (IsJump(last.Price, quote.Price) && !ConfirmsNewLevel(quote, last))
        {
            return RejectReasons.PriceJump;
        }
        _symbols[quote.Symbol] = new SymbolState(quote.Price, quote.Timestamp, null, 0);
        return null;
    }

    private bool ConfirmsNewLevel(FeedQuote quote, SymbolState last)
    {
        var streak = last.Candidate is { } candidate && !IsJump(candidate, quote.Price) ? last.Streak + 1 : 1;
        _symbols[quote.Symbol] = last with { Candidate = quote.Price, Streak = streak };
        return streak >= confirmAfter;
    }

    private bool IsJump(decimal from, decimal to) => Math.Abs(to - from) > from * maxJump;

    private sealed record SymbolState(decimal Price, DateTimeOffset Timestamp, decimal? Candidate, int Streak);
}
