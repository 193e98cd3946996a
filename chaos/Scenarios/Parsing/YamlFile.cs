using YamlDotNet.Core;
using YamlDotNet.Core.Tokens;
using YamlDotNet.RepresentationModel;

namespace GameDay.Scenarios.Parsing;

/// Parses a file's text into its one root mapping, or reports why it cannot (with a real position).
internal static class YamlFile
{
    public static YamlMappingNode? Parse(string text, Diagnostics diagnostics)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException ex)
        {
            var detail = ex.InnerException is { } inner ? $"{ex.Message} {inner.Message}" : ex.Message;
            diagnostics.Add(ex.Start, $"invalid YAML: {detail}");
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner stops without a position on some unclosed flow collections.
            var (mark, problem) = UnclosedFlow(text);
            diagnostics.Add(mark, $"invalid YAML: {problem}");
            return null;
        }
        return Root(stream, diagnostics);
    }

    private static YamlMappingNode? Root(YamlStream stream, Diagnostics diagnostics)
    {
        if (stream.Documents.Count == 0)
        {
            diagnostics.Add(1, 1, "the file is empty; a scenario is a YAML mapping starting with 'id:'");
            return null;
        }
        if (stream.Documents.Count > 1)
        {
            diagnostics.Add(stream.Documents[1].RootNode, "a scenario file holds one YAML document; remove the second '---'");
        }
        var root = stream.Documents[0].RootNode;
        if (root is YamlMappingNode map) return map;
        diagnostics.Add(root, "a scenario is a YAML mapping (id, title, catalog, ...), not a list or a single value");
        return null;
    }

    /// Re-scans the tokens to find the innermost '[' or '{' left open when the scanner gave up.
    private static (Mark Mark, string Problem) UnclosedFlow(string text)
    {
        var scanner = new Scanner(new StringReader(text));
        var open = new Stack<Token>();
        Token? last = null;
        try
        {
            while (scanner.MoveNext() && scanner.Current is { } token)
            {
                last = token;
                if (token is FlowSequenceStart or FlowMappingStart) open.Push(token);
                else if (token is FlowSequenceEnd or FlowMappingEnd && open.Count > 0) open.Pop();
            }
        }
        catch (Exception ex) when (ex is InvalidOperationException or YamlException)
        {
            // Expected: the same failure as the load; the stack says where it comes from.
        }
        if (open.TryPeek(out var unclosed))
        {
            return (unclosed.Start, $"'{(unclosed is FlowSequenceStart ? '[' : '{')}' is never closed");
        }
        return (last?.End ?? Mark.Empty, "the YAML scanner stopped after this point");
    }
}
