namespace GameDay.SignalGenerator.Model;

/// One symbol's recent prices and the engine's last decision for it.
internal sealed class SymbolSeries(int capacity)
{
    private readonly List<double> _prices = new(capacity + 1);

    public IReadOnlyList<double> Prices => _prices;

    public long LastSequence { get; set; } = -1;

    public SignalCandidate? LastDecision { get; set; }

    public DateTimeOffset? LastSignalAt { get; set; }

    public void Append(double price)
    {
        _prices.Add(price);
        if (_prices.Count > capacity) _prices.RemoveAt(0);
    }
}
