namespace GameDay.Bench;

/// Seconds to all-healthy, per figure, cold and warm.
internal sealed class Samples
{
    private readonly Dictionary<(Figure, bool Cold), List<double>> seconds = [];

    public void Add(Figure figure, bool cold, double value)
    {
        if (!seconds.TryGetValue((figure, cold), out var list)) seconds[(figure, cold)] = list = [];
        list.Add(value);
    }

    public IReadOnlyList<double> Of(Figure figure, bool cold) => seconds.GetValueOrDefault((figure, cold)) ?? [];

    public double Median(Figure figure, bool cold)
    {
        var sorted = Of(figure, cold).Order().ToList();
        return sorted.Count == 0 ? double.NaN
            : sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
