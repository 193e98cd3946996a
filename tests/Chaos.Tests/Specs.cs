namespace GameDay.Chaos.Tests;

/// Fault specs as a scenario writes them: `Specs.Of("network.latency", "postgres", "latency=800ms")`.
internal static class Specs
{
    public const string Run = "run-1";

    public static FaultSpec Of(string kind, string? target, params string[] with) =>
        new(kind, target, with.Select(w => w.Split('=', 2)).ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal), TimeSpan.FromSeconds(60), Run);
}
