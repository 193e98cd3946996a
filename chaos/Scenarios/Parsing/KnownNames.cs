namespace GameDay.Scenarios.Parsing;

/// The names a loader checks against, sorted so that error messages list them in a stable order.
internal sealed class KnownNames(
    IEnumerable<string> catalogIds, IReadOnlyDictionary<string, FaultKindSchema> faultKinds, IEnumerable<string> resources)
{
    public IReadOnlyList<string> CatalogIds { get; } = catalogIds.Distinct().Order(StringComparer.Ordinal).ToArray();

    public IReadOnlyDictionary<string, FaultKindSchema> FaultKinds { get; } =
        new Dictionary<string, FaultKindSchema>(faultKinds, StringComparer.Ordinal);

    public IReadOnlyList<string> FaultKindNames { get; } = faultKinds.Keys.Order(StringComparer.Ordinal).ToArray();

    public IReadOnlyList<string> Resources { get; } = resources.Distinct().Order(StringComparer.Ordinal).ToArray();
}
