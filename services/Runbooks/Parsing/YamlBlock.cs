using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace GameDay.Runbooks.Parsing;

/// A YAML fragment of a runbook (front matter or steps block) that reports problems at file lines.
internal sealed class YamlBlock(string file, int firstLine)
{
    public YamlNode? Load(string yaml)
    {
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            return stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
        }
        catch (YamlException ex)
        {
            var problem = ex.InnerException is { } inner ? $"{ex.Message} {inner.Message}" : ex.Message;
            throw new RunbookFormatException(file, firstLine + (int)ex.Start.Line - 1, $"invalid YAML: {problem}");
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner gives up without a position on some unclosed flow collections.
            throw new RunbookFormatException(file, firstLine, "invalid YAML: an unclosed '[' or '{' in this block.");
        }
    }

    public int Line(YamlNode node) => firstLine + (int)node.Start.Line - 1;

    public RunbookFormatException Error(YamlNode node, string problem) => new(file, Line(node), problem);

    public string Scalar(YamlNode node, string key)
    {
        if (node is not YamlScalarNode { Value: { } value } || string.IsNullOrWhiteSpace(value))
        {
            throw Error(node, $"'{key}' must be a non-empty text value.");
        }
        return value.Trim();
    }

    public IReadOnlyList<(string Value, YamlNode Node)> ScalarList(YamlNode node, string key)
    {
        if (node is YamlScalarNode { Value: null or "" }) return [];
        if (node is not YamlSequenceNode sequence) throw Error(node, $"'{key}' must be a list, e.g. {key}: [a, b].");
        return sequence.Children.Select(child => (Scalar(child, key), child)).ToArray();
    }

    public static IEnumerable<(string Key, YamlNode KeyNode, YamlNode Value)> Entries(YamlMappingNode map) =>
        map.Children.Select(entry => (entry.Key is YamlScalarNode { Value: { } key } ? key : string.Empty, entry.Key, entry.Value));
}
