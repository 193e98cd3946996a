using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace GameDay.Scenarios.Parsing;

/// The body of each probe form. A form returns null when it reported an error.
internal sealed partial class ProbeForms(KnownNames known, YamlReader yaml)
{
    public HttpProbe? Http(YamlNode body, int line)
    {
        var map = yaml.Mapping(body, "an http probe", ["resource", "path", "status", "contains", "within"]);
        if (map is null) return null;
        var before = yaml.Diagnostics.Count;
        var resource = yaml.OneOf(map.Required("resource"), "resource", known.Resources, "resource");
        var pathNode = map.Required("path");
        var path = yaml.Text(pathNode, "path");
        if (path is not null && !path.StartsWith('/')) yaml.Diagnostics.Add(pathNode!, $"'path' must start with '/', not '{path}'");
        var status = map.Optional("status") is { } node ? yaml.Integer(node, "status", 100, 599) : 200;
        var contains = yaml.Text(map.Optional("contains"), "contains");
        var within = Within(map);
        return yaml.Diagnostics.Count == before ? new HttpProbe(resource!, path!, (int)status!.Value, contains, within, line) : null;
    }

    public MetricProbe? Metric(YamlNode body, int line, bool afterInjection)
    {
        var map = yaml.Mapping(body, "a metric probe", ["query", "min", "max", "within"]);
        if (map is null) return null;
        var before = yaml.Diagnostics.Count;
        var queryNode = map.Required("query");
        var query = yaml.Text(queryNode, "query");
        if (!afterInjection && query is not null && query.Contains(MetricProbe.SinceInjection, StringComparison.Ordinal))
        {
            yaml.Diagnostics.Add(queryNode!, $"'{MetricProbe.SinceInjection}' is the time since the injection: only a probe of expect.recovered may use it");
        }
        var (min, max) = Bounds(map);
        NeedsOne(map, "a metric probe", "min", "max");
        var within = Within(map);
        return yaml.Diagnostics.Count == before ? new MetricProbe(query!, min, max, within, line) : null;
    }

    public SqlProbe? Sql(YamlNode body, int line)
    {
        var map = yaml.Mapping(body, "a sql probe", ["query", "min", "max", "equals", "within"]);
        if (map is null) return null;
        var before = yaml.Diagnostics.Count;
        var queryNode = map.Required("query");
        var query = yaml.Text(queryNode, "query");
        if (query is not null && !ReadOnlyStart().IsMatch(query))
        {
            yaml.Diagnostics.Add(queryNode!, "'query' must be read-only: start it with SELECT or WITH");
        }
        var equals = yaml.Number(map.Optional("equals"), "equals");
        var (min, max) = Bounds(map);
        NeedsOne(map, "a sql probe", "min", "max", "equals");
        var within = Within(map);
        return yaml.Diagnostics.Count == before ? new SqlProbe(query!, min, max, equals, within, line) : null;
    }

    public StreamProbe? Stream(YamlNode body, int line)
    {
        var map = yaml.Mapping(body, "a stream probe", ["stream", "group", "pending_max", "lag_max", "length_max", "within"]);
        if (map is null) return null;
        var before = yaml.Diagnostics.Count;
        var stream = yaml.OneOf(map.Required("stream"), "stream", ScenarioFormat.Streams, "stream");
        var group = yaml.Text(map.Optional("group"), "group");
        var pending = yaml.Integer(map.Optional("pending_max"), "pending_max", 0, long.MaxValue);
        var lag = yaml.Integer(map.Optional("lag_max"), "lag_max", 0, long.MaxValue);
        var length = yaml.Integer(map.Optional("length_max"), "length_max", 0, long.MaxValue);
        NeedsOne(map, "a stream probe", "pending_max", "lag_max", "length_max");
        var within = Within(map);
        return yaml.Diagnostics.Count == before ? new StreamProbe(stream!, group, pending, length, within, line, lag) : null;
    }

    /// `invariant: all-healthy`, or `invariant: { name: all-healthy, within: 30s }` to poll.
    public InvariantProbe? Invariant(YamlNode body, int line)
    {
        if (body is YamlScalarNode)
        {
            var name = yaml.OneOf(body, "invariant", ScenarioFormat.Invariants, "invariant");
            return name is null ? null : new InvariantProbe(name, null, line);
        }
        var map = yaml.Mapping(body, "an invariant probe", ["name", "within"]);
        if (map is null) return null;
        var before = yaml.Diagnostics.Count;
        var named = yaml.OneOf(map.Required("name"), "name", ScenarioFormat.Invariants, "invariant");
        var within = Within(map);
        return yaml.Diagnostics.Count == before ? new InvariantProbe(named!, within, line) : null;
    }

    private TimeSpan? Within(MappingReader map) => yaml.Duration(map.Optional("within"), "within");

    private (double? Min, double? Max) Bounds(MappingReader map)
    {
        var min = yaml.Number(map.Optional("min"), "min");
        var max = yaml.Number(map.Optional("max"), "max");
        if (min is { } low && max is { } high && low > high)
        {
            yaml.Diagnostics.Add(map.Node, $"'min' ({ProbeText.Number(low)}) is greater than 'max' ({ProbeText.Number(high)})");
        }
        return (min, max);
    }

    /// A probe without any bound checks nothing: at least one of <paramref name="keys"/> must be given.
    private void NeedsOne(MappingReader map, string probe, params string[] keys)
    {
        if (keys.Any(key => map.Optional(key) is not null)) return;
        var names = string.Join(" or ", keys.Select(key => $"'{key}'"));
        yaml.Diagnostics.Add(map.Node, $"{probe} needs {names}");
    }

    [GeneratedRegex(@"^(SELECT|WITH)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ReadOnlyStart();
}
