using System.Collections.Concurrent;
using GameDay.RiskManager.Model;

namespace GameDay.RiskManager.Infrastructure;

/// Latest price per symbol from `market.ticks`. An older tick never replaces a newer one (out-of-order feeds).
public sealed class ReferencePrices
{
    private readonly ConcurrentDictionary<string, ReferencePrice> _prices = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, ReferencePrice> Snapshot() => new Dictionary<string, ReferencePrice>(_prices);

    public void Update(string symbol, decimal price, DateTimeOffset at)
    {
        if (price <= 0) return;
        var candidate = new ReferencePrice(price, at);
        _prices.AddOrUpdate(symbol, candidate, (_, current) => current.At > at ? current : candidate);
    }
}
