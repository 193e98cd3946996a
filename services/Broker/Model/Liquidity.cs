using Bogus;

namespace GameDay.Broker.Model;

/// Shares available per venue, symbol and market step; each symbol's depth is drawn once from the
/// seeded randomizer. An order larger than the depth fills partially over several steps.
public sealed class Liquidity
{
    private readonly Dictionary<string, long> _depth = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Venue, string Symbol), (long Step, long Left)> _left = [];

    public Liquidity(IEnumerable<string> symbols, Randomizer random, int min, int max)
    {
        foreach (var symbol in symbols) _depth[symbol] = random.Number(min, max);
    }

    public long DepthOf(string symbol) => _depth.GetValueOrDefault(symbol);

    /// Takes up to `wanted` shares from this step's depth and returns how many were granted.
    public long Take(string venue, string symbol, long step, long wanted)
    {
        var key = (venue, symbol);
        var left = _left.TryGetValue(key, out var entry) && entry.Step == step ? entry.Left : DepthOf(symbol);
        var granted = Math.Min(left, wanted);
        _left[key] = (step, left - granted);
        return granted;
    }
}
