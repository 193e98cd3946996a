using GameDay.Scenarios;

namespace GameDay.Chaos;

/// Every fault kind the engine knows, by name, and the schema check shared with the scenario validator.
public sealed class FaultCatalog(IEnumerable<FaultKind> kinds)
{
    private readonly Dictionary<string, FaultKind> byName = kinds.ToDictionary(k => k.Name, StringComparer.Ordinal);

    public IReadOnlyList<FaultKind> Kinds => [.. byName.Values.OrderBy(k => k.Name, StringComparer.Ordinal)];

    public FaultKind? Find(string name) => byName.GetValueOrDefault(name);

    /// The kinds as the scenario validator checks fault steps against them.
    public IReadOnlyDictionary<string, FaultKindSchema> Schemas() =>
        byName.Values.ToDictionary(k => k.Name, k => new FaultKindSchema(k.Name, k.Layer, k.NeedsTarget, k.Required, k.Optional), StringComparer.Ordinal);

    /// Target present when needed and a known resource; every required parameter present; no unknown parameter.
    public string? CheckSchema(FaultKind kind, FaultSpec spec, IReadOnlySet<string> resources)
    {
        if (kind.NeedsTarget && string.IsNullOrWhiteSpace(spec.Target)) return $"{kind.Name} needs a target resource.";
        if (spec.Target is { } target && !resources.Contains(target))
            return $"unknown target '{target}' (resources: {string.Join(", ", resources.Order(StringComparer.Ordinal))}).";
        if (kind.Required.FirstOrDefault(p => !spec.With.ContainsKey(p)) is { } missing) return $"{kind.Name} needs parameter '{missing}'.";
        var known = kind.Required.Concat(kind.Optional).ToHashSet(StringComparer.Ordinal);
        if (spec.With.Keys.FirstOrDefault(k => !known.Contains(k)) is { } unknown)
            return $"{kind.Name} has no parameter '{unknown}' (known: {(known.Count == 0 ? "none" : string.Join(", ", known.Order(StringComparer.Ordinal)))}).";
        return null;
    }
}
