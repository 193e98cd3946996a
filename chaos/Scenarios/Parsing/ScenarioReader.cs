using YamlDotNet.RepresentationModel;

namespace GameDay.Scenarios.Parsing;

/// The top level of a scenario file. Reads every key even after an error, so a file reports all its problems.
internal sealed class ScenarioReader(KnownNames known, YamlReader yaml)
{
    private static readonly string[] Keys =
        ["id", "title", "catalog", "sources", "layer", "description", "steady_state", "faults", "expect", "invariants"];

    /// The `id` as written, even when it is wrong: the loader checks ids for duplicates across files.
    public ScenarioId? Id { get; private set; }

    public Scenario? Read(YamlMappingNode root, string file)
    {
        var probes = new ProbeReader(known, yaml);
        var map = new MappingReader(root, "the scenario", Keys, yaml.Diagnostics);
        var id = ReadId(map.Required("id"), file);
        var title = yaml.Text(map.Required("title"), "title");
        var catalog = CatalogIds(yaml.TextList(map.Required("catalog"), "catalog"));
        var sources = yaml.TextList(map.Required("sources"), "sources");
        var layer = yaml.OneOf(map.Required("layer"), "layer", ScenarioFormat.Layers, "layer");
        var description = yaml.Text(map.Optional("description"), "description");
        var steadyState = probes.List(map.Required("steady_state"), "steady_state", nonEmpty: true);
        var faults = new FaultReader(known, yaml).List(map.Required("faults"));
        var expect = new ExpectationsReader(known, yaml, probes).Read(map.Required("expect"));
        var invariants = Invariants(yaml.TextList(map.Required("invariants"), "invariants"));
        if (yaml.Diagnostics.Count > 0) return null;
        return new Scenario(id!, title!, catalog!, Values(sources!), layer!, description, steadyState!, faults!, expect!,
            invariants!, file);
    }

    private string? ReadId(YamlNode? node, string file)
    {
        var id = yaml.Text(node, "id");
        if (id is null) return null;
        Id = new ScenarioId(id, node!);
        var before = yaml.Diagnostics.Count;
        var name = Path.GetFileNameWithoutExtension(file);
        if (id != name) yaml.Diagnostics.Add(node!, $"id '{id}' differs from the file name '{name}'");
        if (!known.CatalogIds.Contains(id))
        {
            yaml.Diagnostics.Add(node!, $"id '{id}' is not a failure-catalog id{Similar.Hint(id, known.CatalogIds)}");
        }
        return yaml.Diagnostics.Count == before ? id : null;
    }

    private string[]? CatalogIds(IReadOnlyList<(string Value, YamlNode Node)>? ids)
    {
        foreach (var (id, node) in ids?.Where(entry => !known.CatalogIds.Contains(entry.Value)) ?? [])
        {
            yaml.Diagnostics.Add(node, $"unknown catalog id '{id}'{Similar.Hint(id, known.CatalogIds)}");
        }
        return ids is null ? null : Values(ids);
    }

    private string[]? Invariants(IReadOnlyList<(string Value, YamlNode Node)>? names)
    {
        foreach (var (name, node) in names?.Where(entry => !ScenarioFormat.Invariants.Contains(entry.Value)) ?? [])
        {
            yaml.Diagnostics.Add(node, $"unknown invariant '{name}' (known: {string.Join(", ", ScenarioFormat.Invariants)})");
        }
        return names is null ? null : Values(names);
    }

    private static string[] Values(IReadOnlyList<(string Value, YamlNode Node)> entries) =>
        entries.Select(entry => entry.Value).ToArray();
}
