using System.Text.RegularExpressions;

namespace GameDay.Monitoring.Tests;

/// The PromQL expressions of a rules file (inline or block scalars after `expr:`), and the metric names they read.
internal static partial class RuleExpressions
{
    private static readonly HashSet<string> Keywords = new(StringComparer.Ordinal)
    {
        "by", "on", "and", "or", "unless", "offset", "bool", "without", "ignoring", "group_left", "group_right",
    };

    public static IEnumerable<string> Read(string relativePath)
    {
        var lines = File.ReadAllLines(MonitoringFiles.Absolute(relativePath));
        for (var i = 0; i < lines.Length; i++)
        {
            var trimmed = lines[i].TrimStart();
            if (!trimmed.StartsWith("expr:", StringComparison.Ordinal)) continue;
            var value = trimmed["expr:".Length..].Trim();
            if (value is not ("|" or ">" or "|-" or ">-"))
            {
                yield return value;
                continue;
            }
            var indent = lines[i].Length - trimmed.Length;
            var block = new List<string>();
            while (i + 1 < lines.Length && (lines[i + 1].Trim().Length == 0 || lines[i + 1].Length - lines[i + 1].TrimStart().Length > indent))
            {
                block.Add(lines[++i]);
            }
            yield return string.Join('\n', block);
        }
    }

    /// Identifiers that are neither functions (followed by a parenthesis), keywords, label names nor durations.
    public static IEnumerable<string> MetricNames(string expression)
    {
        var bare = Strings().Replace(expression, "");
        bare = Braces().Replace(bare, "");
        bare = Grouping().Replace(bare, "");
        bare = Brackets().Replace(bare, "");
        foreach (Match match in Identifier().Matches(bare))
        {
            var rest = bare[(match.Index + match.Length)..].TrimStart();
            if (Keywords.Contains(match.Value) || rest.StartsWith('(')) continue;
            yield return match.Value;
        }
    }

    [GeneratedRegex("\"[^\"]*\"|'[^']*'")]
    private static partial Regex Strings();

    [GeneratedRegex(@"\{[^}]*\}")]
    private static partial Regex Braces();

    [GeneratedRegex(@"\b(by|on|without|ignoring|group_left|group_right)\s*\([^)]*\)")]
    private static partial Regex Grouping();

    [GeneratedRegex(@"\[[^\]]*\]")]
    private static partial Regex Brackets();

    /// Not preceded by a digit or a word character: `1m` after `offset` is a duration, not the metric `m`.
    [GeneratedRegex(@"(?<![0-9A-Za-z_:.])[A-Za-z_:][A-Za-z0-9_:]*")]
    private static partial Regex Identifier();
}
