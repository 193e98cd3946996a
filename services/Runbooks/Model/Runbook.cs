namespace GameDay.Runbooks;

/// A parsed `runbooks/<id>.md`: the front matter, the prose for people and the steps for the responder.
public sealed record Runbook(
    string Id,
    string Title,
    IReadOnlyList<string> Catalog,
    string Severity,
    IReadOnlyList<string> Alerts,
    IReadOnlyList<string> Sources,
    string Prose,
    IReadOnlyList<RunbookStep> Steps,
    string Path)
{
    public RunbookStep? Step(string id) => Steps.FirstOrDefault(step => step.Id == id);
}
