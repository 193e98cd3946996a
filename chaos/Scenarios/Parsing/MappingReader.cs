using YamlDotNet.RepresentationModel;

namespace GameDay.Scenarios.Parsing;

/// One YAML mapping with a fixed set of keys. Unknown keys are reported once, at the key;
/// missing required keys at the mapping itself (the parent of the missing key).
internal sealed class MappingReader
{
    private readonly Dictionary<string, KeyValuePair<YamlNode, YamlNode>> entries = new(StringComparer.Ordinal);
    private readonly string what;
    private readonly Diagnostics diagnostics;

    public MappingReader(YamlMappingNode node, string what, IReadOnlyCollection<string> keys, Diagnostics diagnostics)
    {
        (Node, this.what, this.diagnostics) = (node, what, diagnostics);
        var known = string.Join(", ", keys.Order(StringComparer.Ordinal));
        foreach (var entry in node.Children)
        {
            if (entry.Key is not YamlScalarNode { Value: { } key }) diagnostics.Add(entry.Key, $"a key of {what} must be text");
            else if (!keys.Contains(key)) diagnostics.Add(entry.Key, $"unknown key '{key}' (known: {known})");
            else entries[key] = entry;
        }
    }

    public YamlMappingNode Node { get; }

    /// The value, or null when the key is absent or has no value (`key:` or `key: ~`).
    public YamlNode? Optional(string key) =>
        entries.TryGetValue(key, out var entry) && !YamlReader.IsNull(entry.Value) ? entry.Value : null;

    public YamlNode? Required(string key)
    {
        if (!entries.TryGetValue(key, out var entry))
        {
            diagnostics.Add(Node, $"missing required key '{key}' in {what}");
            return null;
        }
        if (YamlReader.IsNull(entry.Value))
        {
            diagnostics.Add(entry.Key, $"'{key}' has no value");
            return null;
        }
        return entry.Value;
    }

    /// The key node itself, for errors that concern a present key.
    public YamlNode? Key(string key) => entries.TryGetValue(key, out var entry) ? entry.Key : null;
}
