using GameDay.Runbooks.Parsing;

namespace GameDay.Runbooks;

/// Parses one `runbooks/<id>.md` (docs/runbook-format.md). Every problem is a <see cref="RunbookFormatException"/>
/// naming the file and the line.
public static class RunbookParser
{
    public static Runbook Parse(string path, string text)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(text);
        var sections = RunbookSections.Split(path, text);
        var front = new FrontMatterReader(path, new YamlBlock(path, sections.FrontMatterLine), 1).Read(sections.FrontMatter);
        var steps = new StepReader(new YamlBlock(path, sections.StepsLine), sections.StepsLine - 1, path).Read(sections.Steps);
        return new Runbook(front.Id, front.Title, front.Catalog, front.Severity, front.Alerts, front.Sources, sections.Prose, steps, path);
    }
}
