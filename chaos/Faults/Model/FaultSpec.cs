namespace GameDay.Chaos;

/// What to inject: a fault kind, its target resource, the kind's parameters, the maximum time it may stay
/// (the engine reverts it then, whoever else is gone), and the scenario run that asked for it.
public sealed record FaultSpec(
    string Kind, string? Target, IReadOnlyDictionary<string, string> With, TimeSpan Duration, string? RunId)
{
    public string? Parameter(string name) => With.TryGetValue(name, out var value) ? value : null;
}
