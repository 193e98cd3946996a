namespace GameDay.Scenarios;

/// <summary>One fault of a scenario: what to inject, where, when and for how long.</summary>
/// <param name="Kind">A fault kind known to the loader's <see cref="FaultKindSchema"/> table, e.g. <c>process.kill</c>.</param>
/// <param name="Target">The resource the fault acts on; <see langword="null"/> when the kind needs none and none was given.</param>
/// <param name="At">Offset from the start of the injection (<c>at</c>, default 0).</param>
/// <param name="Duration">The longest the fault may stay (at most 15 minutes); the AppHost reverts it then at the latest.</param>
/// <param name="With">The kind's parameters as text, checked against the kind's required and optional names.</param>
/// <param name="Line">The 1-based line of the step in its file.</param>
public sealed record FaultStep(
    string Kind,
    string? Target,
    TimeSpan At,
    TimeSpan Duration,
    IReadOnlyDictionary<string, string> With,
    int Line);
