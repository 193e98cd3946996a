using YamlDotNet.RepresentationModel;

namespace GameDay.Scenarios.Parsing;

/// The `faults` list: kind (checked against the fault library's table), target, timing, parameters.
internal sealed class FaultReader(KnownNames known, YamlReader yaml)
{
    private static readonly string[] Keys = ["kind", "target", "at", "duration", "with"];
    private readonly FaultParameters parameters = new(yaml);

    public IReadOnlyList<FaultStep>? List(YamlNode? node) =>
        yaml.Sequence(node, "faults")?.Select(Read).OfType<FaultStep>().ToArray();

    private FaultStep? Read(YamlNode node)
    {
        var map = yaml.Mapping(node, "a fault step", Keys);
        if (map is null) return null;
        var before = yaml.Diagnostics.Count;
        var kindNode = map.Required("kind");
        var kind = yaml.Text(kindNode, "kind");
        var schema = Schema(kind, kindNode);
        var target = Target(map, schema);
        var at = map.Optional("at") is { } atNode ? yaml.Duration(atNode, "at", allowZero: true) : TimeSpan.Zero;
        var duration = Duration(map.Required("duration"));
        var with = parameters.Read(map, schema);
        return yaml.Diagnostics.Count == before
            ? new FaultStep(kind!, target, at!.Value, duration!.Value, with, (int)map.Node.Start.Line)
            : null;
    }

    private FaultKindSchema? Schema(string? kind, YamlNode? node)
    {
        if (kind is null) return null;
        if (known.FaultKinds.TryGetValue(kind, out var schema)) return schema;
        yaml.Diagnostics.Add(node!, $"unknown fault kind '{kind}' (known: {string.Join(", ", known.FaultKindNames)})");
        return null;
    }

    private string? Target(MappingReader map, FaultKindSchema? schema)
    {
        if (map.Optional("target") is { } node) return yaml.OneOf(node, "target", known.Resources, "target");
        if (schema is { NeedsTarget: true })
        {
            yaml.Diagnostics.Add(map.Node, $"fault kind '{schema.Kind}' needs a 'target' (known: {string.Join(", ", known.Resources)})");
        }
        return null;
    }

    private TimeSpan? Duration(YamlNode? node)
    {
        var duration = yaml.Duration(node, "duration");
        if (duration is not { } value || value <= ScenarioFormat.MaxFaultDuration) return duration;
        var max = ScenarioDuration.Format(ScenarioFormat.MaxFaultDuration);
        yaml.Diagnostics.Add(node!, $"'duration' {ScenarioDuration.Format(value)} is longer than a fault may stay ({max})");
        return null;
    }
}
