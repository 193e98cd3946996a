using GameDay.Runbooks;

namespace GameDay.IncidentResponder.Automation;

/// Fills a runbook's steps from an alert's labels. The target (what the rate limit and breaker count)
/// is the step's resource, else its stream, else the area of its action (`trading`, `postgres`, …).
public static class StepPlanner
{
    public static IReadOnlyList<PlannedStep> Plan(Runbook runbook, IReadOnlyDictionary<string, string> labels) =>
        runbook.Steps.Select((step, index) => PlanStep(index, step, labels)).ToArray();

    private static PlannedStep PlanStep(int position, RunbookStep step, IReadOnlyDictionary<string, string> labels)
    {
        try
        {
            var parameters = step.With.ToDictionary(p => p.Key, p => Template.Fill(p.Value, labels), StringComparer.Ordinal);
            var pre = step.Pre.Select(text => ConditionParser.Parse(Template.Fill(text, labels))).ToArray();
            var post = step.Post.Select(text => ConditionParser.Parse(Template.Fill(text, labels))).ToArray();
            return new PlannedStep(position, step, parameters, pre, post, Target(step.Action, parameters), null);
        }
        catch (Exception ex) when (ex is TemplateException or ConditionFormatException)
        {
            return new PlannedStep(position, step, new Dictionary<string, string>(), [], [], step.Action, $"not applicable: {ex.Message}");
        }
    }

    public static string Target(string action, IReadOnlyDictionary<string, string> parameters) =>
        parameters.GetValueOrDefault("resource") ?? parameters.GetValueOrDefault("stream") ?? action.Split('.')[0];
}
