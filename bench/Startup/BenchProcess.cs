namespace GameDay.Bench;

/// One process of the startup benchmark, as the harness starts it for the bare figure and as the Aspire host
/// (bench/BareAspireHost, which compiles this file too) makes it an executable resource; `Init` runs to completion first,
/// in the same environment.
internal sealed record BenchProcess(
    string Name, string Path, List<string> Args, string WorkingDirectory, Dictionary<string, string> Environment, BenchStep? Init);

internal sealed record BenchStep(string Path, List<string> Args);
