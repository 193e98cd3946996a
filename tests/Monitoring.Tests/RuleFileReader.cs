namespace GameDay.Monitoring.Tests;

/// A line-based reader for the rule files' fixed layout (promtool validates the YAML itself):
/// `- alert: Name`, then `expr`, `for`, `labels:` and `annotations:` two columns further in, and
/// each label or annotation two columns further again. Block scalars (the expr) are skipped.
internal static class RuleFileReader
{
    public static IReadOnlyList<AlertRule> Read(string relativePath)
    {
        var rules = new List<AlertRule>();
        var current = (Name: (string?)null, Indent: -1);
        var section = (Name: (string?)null, Indent: -1);
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        var annotations = new Dictionary<string, string>(StringComparer.Ordinal);

        void Flush()
        {
            if (current.Name is not null) rules.Add(new AlertRule(relativePath, current.Name, labels, annotations));
            current = (null, -1);
        }

        foreach (var raw in File.ReadLines(MonitoringFiles.Absolute(relativePath)))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var indent = raw.Length - raw.TrimStart().Length;
            if (current.Name is not null && indent <= current.Indent) Flush();

            if (line.StartsWith("- alert:", StringComparison.Ordinal))
            {
                current = (Unquote(line["- alert:".Length..]), indent);
                section = (null, -1);
                labels = new Dictionary<string, string>(StringComparer.Ordinal);
                annotations = new Dictionary<string, string>(StringComparer.Ordinal);
                continue;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (current.Name is null || colon < 0) continue;
            var (key, value) = (line[..colon], Unquote(line[(colon + 1)..]));
            if (indent == current.Indent + 2)
            {
                section = (key, indent);
            }
            else if (indent == section.Indent + 2 && section.Name is "labels" or "annotations")
            {
                (section.Name == "labels" ? labels : annotations)[key] = value;
            }
        }

        Flush();
        return rules;
    }

    private static string Unquote(string value)
    {
        value = value.Trim();
        if (value.Length >= 2 && value[0] == '\'' && value[^1] == '\'') return value[1..^1].Replace("''", "'", StringComparison.Ordinal);
        if (value.Length >= 2 && value[0] == '"' && value[^1] == '"') return value[1..^1];
        return value;
    }
}
