using Bogus;

namespace GameDay.Market;

/// Geometric Brownian motion with one index factor, driven by a seeded Bogus randomizer: the
/// price path is a pure function of (seed, step, shocks), so a drill replays exactly from its seed.
public sealed class MarketModel
{
    private readonly MarketOptions _options;
    private readonly Randomizer _random;
    private readonly double[] _logPrices;
    private readonly List<MarketShock> _shocks = [];
    private readonly Lock _gate = new();
    private long _step;

    public MarketModel(MarketOptions options, IReadOnlyList<Instrument>? instruments = null)
    {
        _options = options;
        Instruments = instruments ?? Nifty50.Instruments;
        _random = new Randomizer(options.Seed);
        _logPrices = [.. Instruments.Select(i => Math.Log((double)i.BasePrice))];
    }

    public IReadOnlyList<Instrument> Instruments { get; }

    public long StepAt(DateTimeOffset time) =>
        Math.Max(0, (time - _options.Epoch).Ticks / _options.StepInterval.Ticks);

    public DateTimeOffset TimeOf(long step) => _options.Epoch + _options.StepInterval * step;

    /// Shocks only apply to steps not yet computed.
    public void AddShock(MarketShock shock)
    {
        lock (_gate) _shocks.Add(shock);
    }

    public MarketSnapshot At(DateTimeOffset time) => AtStep(StepAt(time));

    /// Steps only go forward: asking for an earlier step returns the latest computed one.
    public MarketSnapshot AtStep(long step)
    {
        lock (_gate)
        {
            while (_step < step) Advance();
            return Snapshot();
        }
    }

    private void Advance()
    {
        _step++;
        var shock = _shocks.Where(s => s.Symbol is null).Sum(s => s.ReturnAt(_step));
        var index = Gaussian() * _options.IndexVolatility;
        for (var i = 0; i < _logPrices.Length; i++)
        {
            var own = Gaussian() * _options.IdiosyncraticVolatility;
            var beta = Instruments[i].Beta;
            var variance = Math.Pow(beta * _options.IndexVolatility, 2) + Math.Pow(_options.IdiosyncraticVolatility, 2);
            _logPrices[i] += beta * (index + shock) + own - variance / 2 + SymbolShock(Instruments[i].Symbol);
        }
    }

    private double SymbolShock(string symbol)
    {
        var sum = 0.0;
        foreach (var s in _shocks)
        {
            if (s.Symbol == symbol) sum += s.ReturnAt(_step);
        }
        return sum;
    }

    private MarketSnapshot Snapshot()
    {
        var prices = new Dictionary<string, decimal>(Instruments.Count);
        var level = 0.0;
        for (var i = 0; i < Instruments.Count; i++)
        {
            var price = Math.Exp(_logPrices[i]);
            prices[Instruments[i].Symbol] = TickSize.Round((decimal)price);
            level += Instruments[i].Weight * price / (double)Instruments[i].BasePrice;
        }
        return new MarketSnapshot(_step, TimeOf(_step), prices, level * Nifty50.BaseIndexLevel);
    }

    // Box–Muller on the seeded randomizer keeps the sequence reproducible.
    private double Gaussian()
    {
        var u1 = 1.0 - _random.Double();
        var u2 = _random.Double();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
    }
}
