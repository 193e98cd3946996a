using Bogus;
using GameDay.Market;

namespace GameDay.DataIngestor.Model;

/// The market as the feeds see it: the shared model's snapshots of the last few steps with a
/// traded volume per symbol. The model only moves forward, so a lagging feed reads from here.
public sealed class MarketTape(MarketModel model, Randomizer volumes)
{
    private const int Depth = 16;
    private readonly Dictionary<long, TapeStep> _steps = [];
    private readonly Lock _gate = new();
    private long _latest = -1;

    public MarketModel Model => model;

    /// Null when the step is older than the tape keeps.
    public TapeStep? At(long step)
    {
        lock (_gate)
        {
            for (var s = Math.Max(_latest + 1, step - Depth + 1); s <= step; s++)
            {
                _steps[s] = Compute(s);
                _latest = s;
            }
            foreach (var old in _steps.Keys.Where(k => k <= _latest - Depth).ToList()) _steps.Remove(old);
            return _steps.GetValueOrDefault(step);
        }
    }

    private TapeStep Compute(long step)
    {
        var snapshot = model.AtStep(step);
        var volume = model.Instruments.ToDictionary(i => i.Symbol, _ => (long)volumes.Number(50, 5_000));
        return new TapeStep(snapshot, volume);
    }
}

public sealed record TapeStep(MarketSnapshot Snapshot, IReadOnlyDictionary<string, long> Volumes);
