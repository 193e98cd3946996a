using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace GameDay.Scenarios.Parsing;

/// Typed values from YAML nodes. Each method takes the node (null when absent: no further error),
/// reports what is wrong at the node and returns null in that case.
internal sealed class YamlReader(Diagnostics diagnostics)
{
    public Diagnostics Diagnostics => diagnostics;

    public static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain, Value: null or "" or "~" or "null" or "Null" or "NULL" };

    public MappingReader? Mapping(YamlNode? node, string what, IReadOnlyCollection<string> keys)
    {
        if (node is YamlMappingNode map) return new MappingReader(map, what, keys, diagnostics);
        if (node is not null) diagnostics.Add(node, $"{what} must be a mapping ({string.Join(", ", keys)}), not {Shape(node)}");
        return null;
    }

    public IReadOnlyList<YamlNode>? Sequence(YamlNode? node, string key, bool nonEmpty = true)
    {
        if (node is null) return null;
        if (node is not YamlSequenceNode sequence)
        {
            diagnostics.Add(node, $"'{key}' must be a list, e.g. {key}: [a, b], not {Shape(node)}");
            return null;
        }
        if (nonEmpty && sequence.Children.Count == 0) diagnostics.Add(node, $"'{key}' needs at least one entry");
        return sequence.Children.ToArray();
    }

    public string? Text(YamlNode? node, string key)
    {
        if (node is null) return null;
        if (node is YamlScalarNode scalar && !IsNull(scalar) && !string.IsNullOrWhiteSpace(scalar.Value)) return scalar.Value.Trim();
        diagnostics.Add(node, node is YamlScalarNode ? $"'{key}' is empty" : $"'{key}' must be text, not {Shape(node)}");
        return null;
    }

    public IReadOnlyList<(string Value, YamlNode Node)>? TextList(YamlNode? node, string key)
    {
        var items = Sequence(node, key);
        if (items is null) return null;
        var texts = items.Select(item => (Value: Text(item, key), Node: item)).ToArray();
        return texts.All(text => text.Value is not null) ? texts.Select(text => (text.Value!, text.Node)).ToArray() : null;
    }

    /// A text that must be one of <paramref name="known"/>; the message lists them.
    public string? OneOf(YamlNode? node, string key, IReadOnlyCollection<string> known, string what)
    {
        var value = Text(node, key);
        if (value is null || known.Contains(value)) return value;
        diagnostics.Add(node!, $"unknown {what} '{value}' (known: {string.Join(", ", known)})");
        return null;
    }

    public TimeSpan? Duration(YamlNode? node, string key, bool allowZero = false)
    {
        var text = Text(node, key);
        if (text is null) return null;
        if (!ScenarioDuration.TryParse(text, out var duration))
        {
            diagnostics.Add(node!, $"'{key}' must be a duration like 500ms, 30s or 2m, not '{text}'");
            return null;
        }
        if (duration > TimeSpan.Zero || allowZero) return duration;
        diagnostics.Add(node!, $"'{key}' must be longer than 0");
        return null;
    }

    public double? Number(YamlNode? node, string key)
    {
        var text = Text(node, key);
        if (text is null) return null;
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value)) return value;
        diagnostics.Add(node!, $"'{key}' must be a number, not '{text}'");
        return null;
    }

    public long? Integer(YamlNode? node, string key, long min, long max)
    {
        var text = Text(node, key);
        if (text is null) return null;
        if (long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max) return value;
        diagnostics.Add(node!, $"'{key}' must be a whole number from {min} to {max}, not '{text}'");
        return null;
    }

    public bool? Boolean(YamlNode? node, string key)
    {
        var text = Text(node, key);
        if (text is null) return null;
        if (bool.TryParse(text, out var value)) return value;
        diagnostics.Add(node!, $"'{key}' must be true or false, not '{text}'");
        return null;
    }

    private static string Shape(YamlNode node) => node switch
    {
        YamlMappingNode => "a mapping",
        YamlSequenceNode => "a list",
        YamlScalarNode scalar => $"'{scalar.Value}'",
        _ => "an alias",
    };
}
