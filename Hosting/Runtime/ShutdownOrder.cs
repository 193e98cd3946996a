namespace GameDay.Hosting.Runtime;

/// Reverse dependency order for shutdown: each wave holds resources nothing still running depends on.
internal static class ShutdownOrder
{
    public static IReadOnlyList<IReadOnlyList<Resource>> Waves(IReadOnlyList<Resource> resources)
    {
        var remaining = resources.ToList();
        var waves = new List<IReadOnlyList<Resource>>();
        while (remaining.Count > 0)
        {
            var wave = remaining.Where(r => !remaining.Any(other => other != r && other.Dependencies.Contains(r))).ToList();
            if (wave.Count == 0)
            {
                // A cycle (which the builder should never produce): stop the rest together rather than hang.
                wave = remaining;
            }

            waves.Add(wave);
            remaining = remaining.Except(wave).ToList();
        }

        return waves;
    }
}
