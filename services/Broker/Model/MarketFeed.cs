using GameDay.Market;

namespace GameDay.Broker.Model;

/// The venue's view of the shared market model, evaluated at the injected clock: the same seed,
/// epoch and shocks give the same prices as every other service; the venue adds its spread.
public sealed class MarketFeed
{
    private readonly MarketModel _model;
    private readonly TimeProvider _time;
    private readonly decimal _halfSpread;

    public MarketFeed(MarketModel model, TimeProvider time, int halfSpreadTicks)
    {
        _model = model;
        _time = time;
        _halfSpread = halfSpreadTicks * TickSize.Value;
        // The reference of the index-wide circuit breaker: the level at the epoch, the day's open.
        OpeningIndexLevel = model.AtStep(0).IndexLevel;
    }

    public double OpeningIndexLevel { get; }

    public IEnumerable<string> Symbols => _model.Instruments.Select(i => i.Symbol);

    public MarketSnapshot Now() => _model.At(_time.GetUtcNow());

    public long StepAt(DateTimeOffset time) => _model.StepAt(time);

    public void AddShock(MarketShock shock) => _model.AddShock(shock);

    public static Func<string, decimal> MarkOf(MarketSnapshot snapshot) =>
        symbol => snapshot.Prices.GetValueOrDefault(symbol);

    public Quote? QuoteOf(MarketSnapshot snapshot, string symbol) =>
        snapshot.Prices.TryGetValue(symbol, out var price)
            ? new Quote(symbol, price, Math.Max(TickSize.Value, price - _halfSpread), price + _halfSpread)
            : null;
}
