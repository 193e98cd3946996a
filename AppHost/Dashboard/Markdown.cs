using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace GameDay.AppHost.Dashboard;

/// Renders the Markdown the responder writes (post-mortems: headings, lists, tables, bold, code, check boxes) as
/// HTML. Everything is HTML-encoded first, so nothing in an incident's text can inject markup.
public static partial class Markdown
{
    public static string ToHtml(string markdown)
    {
        var html = new StringBuilder();
        string? openList = null;
        var inTable = false;
        var inCode = false;
        foreach (var raw in markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            var line = raw.TrimEnd();
            if (line.StartsWith("```", StringComparison.Ordinal))
            {
                Close(html, ref openList, ref inTable);
                html.Append(inCode ? "</code></pre>" : "<pre><code>");
                inCode = !inCode;
                continue;
            }
            if (inCode)
            {
                html.Append(WebUtility.HtmlEncode(line)).Append('\n');
                continue;
            }
            if (line.StartsWith('|'))
            {
                if (Separator().IsMatch(line)) continue;
                if (!inTable)
                {
                    Close(html, ref openList, ref inTable);
                    html.Append("<table class=\"grid\">");
                    inTable = true;
                }
                html.Append("<tr>");
                foreach (var cell in line.Trim('|').Split('|')) html.Append("<td>").Append(Inline(cell.Trim())).Append("</td>");
                html.Append("</tr>");
                continue;
            }
            var heading = Heading().Match(line);
            var item = Item().Match(line);
            if (heading.Success)
            {
                Close(html, ref openList, ref inTable);
                var level = Math.Min(heading.Groups[1].Length + 1, 6);
                html.Append($"<h{level}>").Append(Inline(heading.Groups[2].Value)).Append($"</h{level}>");
            }
            else if (item.Success)
            {
                var kind = char.IsDigit(item.Groups[1].Value[0]) ? "ol" : "ul";
                if (openList != kind)
                {
                    Close(html, ref openList, ref inTable);
                    html.Append('<').Append(kind).Append('>');
                    openList = kind;
                }
                html.Append("<li>").Append(Inline(item.Groups[2].Value)).Append("</li>");
            }
            else
            {
                Close(html, ref openList, ref inTable);
                if (line.Length > 0) html.Append("<p>").Append(Inline(line)).Append("</p>");
            }
        }
        Close(html, ref openList, ref inTable);
        if (inCode) html.Append("</code></pre>");
        return html.ToString();
    }

    private static void Close(StringBuilder html, ref string? openList, ref bool inTable)
    {
        if (openList is not null) html.Append("</").Append(openList).Append('>');
        if (inTable) html.Append("</table>");
        openList = null;
        inTable = false;
    }

    private static string Inline(string text)
    {
        var encoded = WebUtility.HtmlEncode(text);
        encoded = CheckBox().Replace(encoded, m => m.Groups[1].Value.Trim().Length > 0 ? "☑ " : "☐ ");
        encoded = Code().Replace(encoded, "<code>$1</code>");
        return Bold().Replace(encoded, "<b>$1</b>");
    }

    [GeneratedRegex(@"^(#{1,6})\s+(.*)$")]
    private static partial Regex Heading();

    [GeneratedRegex(@"^\s*([-*]|\d+\.)\s+(.*)$")]
    private static partial Regex Item();

    [GeneratedRegex(@"^\|[\s:|-]+\|$")]
    private static partial Regex Separator();

    [GeneratedRegex(@"^\[( |x|X)\]\s*")]
    private static partial Regex CheckBox();

    [GeneratedRegex(@"`([^`]+)`")]
    private static partial Regex Code();

    [GeneratedRegex(@"\*\*([^*]+)\*\*")]
    private static partial Regex Bold();
}
