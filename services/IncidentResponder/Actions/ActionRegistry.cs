namespace GameDay.IncidentResponder.Actions;

/// The registered actions by name.
public sealed class ActionRegistry(IEnumerable<IIncidentAction> actions)
{
    private readonly Dictionary<string, IIncidentAction> byName = actions.ToDictionary(action => action.Name, StringComparer.Ordinal);

    public IIncidentAction? Find(string name) => byName.GetValueOrDefault(name);

    /// Catalogue names without an implementation (checked at start).
    public IReadOnlyList<string> Missing(IEnumerable<string> names) => names.Where(name => !byName.ContainsKey(name)).ToArray();
}
