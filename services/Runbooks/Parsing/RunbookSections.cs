namespace GameDay.Runbooks.Parsing;

/// The three parts of a runbook file: the front matter between `---` lines at the top, the one
/// ```steps block, and the prose around it. Lines are 1-based file lines.
internal sealed record RunbookSections(string FrontMatter, int FrontMatterLine, string Steps, int StepsLine, string Prose)
{
    public const string StepsFence = "```steps";

    public static RunbookSections Split(string file, string text)
    {
        var lines = text.TrimStart('\uFEFF').Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        if (lines.Length == 0 || lines[0].TrimEnd() != "---")
        {
            throw new RunbookFormatException(file, 1, "missing front matter: the file must start with a '---' line.");
        }
        var close = Array.FindIndex(lines, 1, line => line.TrimEnd() == "---");
        if (close < 0) throw new RunbookFormatException(file, 1, "the front matter is not closed by a '---' line.");

        var fences = Enumerable.Range(close + 1, lines.Length - close - 1).Where(i => lines[i].TrimEnd() == StepsFence).ToArray();
        if (fences.Length == 0) throw new RunbookFormatException(file, lines.Length, $"no {StepsFence} block: every runbook needs machine-readable steps.");
        if (fences.Length > 1) throw new RunbookFormatException(file, fences[1] + 1, $"a second {StepsFence} block; a runbook has exactly one.");
        var open = fences[0];
        var end = Array.FindIndex(lines, open + 1, line => line.TrimEnd() == "```");
        if (end < 0) throw new RunbookFormatException(file, open + 1, $"the {StepsFence} block is not closed by a '```' line.");

        return new RunbookSections(
            Join(lines, 1, close),
            2,
            Join(lines, open + 1, end),
            open + 2,
            (Join(lines, close + 1, open) + "\n" + Join(lines, end + 1, lines.Length)).Trim() + "\n");
    }

    private static string Join(string[] lines, int from, int to) => string.Join('\n', lines[from..to]);
}
