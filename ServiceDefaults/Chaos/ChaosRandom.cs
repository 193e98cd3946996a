namespace GameDay.ServiceDefaults.Chaos;

/// Seeded, thread-safe randomizers for the chaos strategies: the same seed and stream name give the
/// same injection decisions in every process, so a drill replays exactly.
public static class ChaosRandom
{
    public static Func<double> Create(int seed, string stream)
    {
        var random = new Random(unchecked((seed * 397) ^ StableHash(stream)));
        var gate = new Lock();
        return () =>
        {
            lock (gate) return random.NextDouble();
        };
    }

    /// FNV-1a: unlike string.GetHashCode and HashCode.Combine, the same in every process.
    public static int StableHash(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text) hash = unchecked((hash ^ c) * 16777619u);
        return unchecked((int)hash);
    }
}
