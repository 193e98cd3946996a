namespace GameDay.DataIngestor.Model;

/// The part of a one-minute bar accumulated since the last flush; the upsert merges it into the
/// stored bar (first open kept, high/low widened, close replaced, volume and ticks added), so a
/// restart in the middle of a minute loses nothing that was flushed.
public sealed record Bar(string Symbol, DateTimeOffset BucketStart, decimal Open, decimal High, decimal Low,
    decimal Close, long Volume, int Ticks)
{
    public Bar Add(decimal price, long volume) =>
        this with { High = Math.Max(High, price), Low = Math.Min(Low, price), Close = price, Volume = Volume + volume, Ticks = Ticks + 1 };

    /// Merges a later part of the same bar into this one.
    public Bar Then(Bar later) =>
        this with { High = Math.Max(High, later.High), Low = Math.Min(Low, later.Low), Close = later.Close,
            Volume = Volume + later.Volume, Ticks = Ticks + later.Ticks };
}
