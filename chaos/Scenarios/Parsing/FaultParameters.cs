using YamlDotNet.RepresentationModel;

namespace GameDay.Scenarios.Parsing;

/// A fault step's `with`: a flat map of text values whose names the kind's schema defines.
internal sealed class FaultParameters(YamlReader yaml)
{
    public IReadOnlyDictionary<string, string> Read(MappingReader step, FaultKindSchema? schema)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var node = step.Optional("with");
        if (node is not null && node is not YamlMappingNode)
        {
            yaml.Diagnostics.Add(node, "'with' must be a mapping of parameter names to values, e.g. with: { signal: KILL }");
            return values;
        }
        var allowed = schema is null ? null : schema.Required.Concat(schema.Optional).Order(StringComparer.Ordinal).ToArray();
        var entries = (node as YamlMappingNode)?.Children.ToArray() ?? [];
        foreach (var (keyNode, valueNode) in entries)
        {
            var name = (keyNode as YamlScalarNode)?.Value ?? string.Empty;
            if (allowed is not null && !allowed.Contains(name))
            {
                var list = allowed.Length == 0 ? "none" : string.Join(", ", allowed);
                yaml.Diagnostics.Add(keyNode, $"unknown parameter '{name}' for fault kind '{schema!.Kind}' (known: {list})");
            }
            else if (yaml.Text(valueNode, $"with.{name}") is { } value)
            {
                values[name] = value;
            }
        }
        var missing = schema?.Required.Where(name => !values.ContainsKey(name) && !Present(node, name)).ToArray() ?? [];
        if (missing.Length > 0)
        {
            var names = string.Join(", ", missing.Select(name => $"'{name}'"));
            yaml.Diagnostics.Add(node ?? step.Node, $"fault kind '{schema!.Kind}' needs the parameter{(missing.Length > 1 ? "s" : "")} {names} in 'with'");
        }
        return values;
    }

    // A parameter present with a broken value was reported already; it is not also missing.
    private static bool Present(YamlNode? node, string name) =>
        node is YamlMappingNode map && map.Children.Keys.Any(key => (key as YamlScalarNode)?.Value == name);
}
