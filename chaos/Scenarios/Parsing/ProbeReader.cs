using YamlDotNet.RepresentationModel;

namespace GameDay.Scenarios.Parsing;

/// A list of probes (`steady_state`, `expect.recovered`): each item is a mapping with exactly one
/// key naming the probe form. Every item is read even when an earlier one is broken.
internal sealed class ProbeReader(KnownNames known, YamlReader yaml)
{
    private static readonly string[] Forms = ["http", "metric", "sql", "stream", "invariant"];
    private readonly ProbeForms forms = new(known, yaml);

    public IReadOnlyList<Probe>? List(YamlNode? node, string key, bool nonEmpty)
    {
        var items = yaml.Sequence(node, key, nonEmpty);
        return items?.Select(item => Read(item, key)).OfType<Probe>().ToArray();
    }

    private Probe? Read(YamlNode item, string key)
    {
        if (item is not YamlMappingNode map)
        {
            yaml.Diagnostics.Add(item, $"a probe is a mapping with one key ({string.Join(", ", Forms)}), e.g. '- invariant: all-healthy'");
            return null;
        }
        if (map.Children.Count != 1)
        {
            var keys = string.Join(", ", map.Children.Keys.Select(key => (key as YamlScalarNode)?.Value));
            yaml.Diagnostics.Add(map, $"a probe has exactly one key ({string.Join(", ", Forms)}), found {map.Children.Count}: {keys}; put 'within' inside the probe");
        }
        var line = (int)map.Start.Line;
        if (map.Children.Count == 1) return Form(map.Children[0].Key, map.Children[0].Value, line, key);
        // Still read each form for its own errors; a sibling 'within' is what the message above explains.
        foreach (var entry in map.Children.Where(entry => (entry.Key as YamlScalarNode)?.Value != "within"))
        {
            Form(entry.Key, entry.Value, line, key);
        }
        return null;
    }

    private Probe? Form(YamlNode keyNode, YamlNode body, int line, string list)
    {
        var form = (keyNode as YamlScalarNode)?.Value;
        switch (form)
        {
            case "http": return forms.Http(body, line);
            case "metric": return forms.Metric(body, line, afterInjection: list == "recovered");
            case "sql": return forms.Sql(body, line);
            case "stream": return forms.Stream(body, line);
            case "invariant": return forms.Invariant(body, line);
            default:
                yaml.Diagnostics.Add(keyNode, $"unknown probe '{form}' (known: {string.Join(", ", Forms)})");
                return null;
        }
    }
}
