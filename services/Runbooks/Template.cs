using System.Text.RegularExpressions;

namespace GameDay.Runbooks;

/// `{{label}}` placeholders in step parameters and conditions, filled from an alert's labels.
public static partial class Template
{
    /// Replaces every `{{label}}`; a label the alert does not carry is an error, never an empty string.
    public static string Fill(string text, IReadOnlyDictionary<string, string> labels)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(labels);
        CheckSyntax(text);
        return Placeholder().Replace(text, match =>
        {
            var label = match.Groups[1].Value;
            return labels.TryGetValue(label, out var value)
                ? value
                : throw new TemplateException(text, $"unknown label '{label}'; the alert has {Known(labels)}.");
        });
    }

    /// The labels a text refers to, in order of first use.
    public static IReadOnlyList<string> Labels(string text)
    {
        CheckSyntax(text);
        return Placeholder().Matches(text).Select(match => match.Groups[1].Value).Distinct(StringComparer.Ordinal).ToArray();
    }

    /// Fills every placeholder with the label's own name: how the parser checks templated conditions.
    internal static string FillWithNames(string text)
    {
        CheckSyntax(text);
        return Placeholder().Replace(text, match => match.Groups[1].Value);
    }

    private static void CheckSyntax(string text)
    {
        var rest = Placeholder().Replace(text, string.Empty);
        if (rest.Contains("{{", StringComparison.Ordinal) || rest.Contains("}}", StringComparison.Ordinal))
        {
            throw new TemplateException(text, "a placeholder is malformed; write {{label}} with a label name of letters, digits and '_'.");
        }
    }

    private static string Known(IReadOnlyDictionary<string, string> labels) =>
        labels.Count == 0 ? "no labels" : "labels " + string.Join(", ", labels.Keys.Order(StringComparer.Ordinal));

    [GeneratedRegex(@"\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}")]
    private static partial Regex Placeholder();
}
