using GameDay.Contracts;

namespace GameDay.AppHost.Drills;

/// Grades the person on call in a trainee drill against the incident's runbook: the page taken in time, every
/// applicable mitigation done (reported done, or seen on the control API: a restart, a start, a configuration
/// restore), and no high-risk step done before its approval. Pure: the runner reads the inputs.
public static class TraineeGrader
{
    /// The seeds' acknowledgement timeout: unacknowledged after this, a page escalates.
    public static readonly TimeSpan AckWithin = TimeSpan.FromMinutes(5);

    public sealed record Step(string StepId, string Kind, string Action, string Status, string Detail, string? Target);

    /// A command on the control API; `By` is who asked for it (the responder's own are not the person's).
    public sealed record Action(DateTimeOffset At, string Resource, string Name, bool Succeeded, string By);

    public sealed record Acknowledgement(string By, DateTimeOffset At);

    public sealed record Mark(string Name, bool Passed, string Detail);

    /// Runbook actions a person does through the control API, and the command that shows it there.
    private static readonly Dictionary<string, string> Observable = new(StringComparer.Ordinal)
    {
        ["resource.restart"] = "restart",
        ["resource.start"] = "start",
        ["resource.stop"] = "stop",
        ["resource.restore-config"] = "restore-config",
        ["resource.start-all"] = "start",
        ["network.failover-path"] = "failover-path",
    };

    public static IReadOnlyList<Mark> Grade(
        IReadOnlyList<Step> steps, IReadOnlyList<Action> actions, Acknowledgement? acknowledged, DateTimeOffset detectedAt, DateTimeOffset injectedAt)
    {
        var grades = new List<Mark>
        {
            acknowledged is null
                ? new("trainee took the page", false, "the incident was never acknowledged")
                : acknowledged.By == "autopilot"
                    ? new("trainee took the page", false, "the autopilot acknowledged it, not a person")
                    : new("trainee took the page", acknowledged.At - detectedAt <= AckWithin,
                        $"acknowledged by {acknowledged.By} {Seconds(acknowledged.At - detectedAt)} after detection (within {AckWithin.TotalMinutes:0} min)"),
        };
        foreach (var step in steps.Where(s => s.Kind == "mitigate" && s.Status != "not_applicable"))
        {
            var seen = Observable.TryGetValue(step.Action, out var command)
                ? actions.FirstOrDefault(a => a.Succeeded && a.Name == command && a.At >= injectedAt && a.By != ResourceNames.IncidentResponder
                    && (step.Action == "resource.start-all" || a.Resource == step.Target))
                : null;
            var name = $"trainee did {step.StepId} ({step.Action} on {step.Target ?? "-"})";
            grades.Add(step.Status == "done" ? new(name, true, $"reported: {step.Detail}")
                : seen is not null ? new(name, true, $"seen: {seen.Name} of {seen.Resource} by {seen.By} {Seconds(seen.At - injectedAt)} after the injection")
                : new(name, false, Observable.ContainsKey(step.Action)
                    ? "neither reported done nor seen on the control API"
                    : "not reported done (./gameday incidents done ID STEP)"));
        }
        var early = steps.Where(s => s.Detail.Contains("BEFORE its approval", StringComparison.Ordinal)).Select(s => s.StepId).ToList();
        grades.Add(new("trainee waited for approval before high-risk steps", early.Count == 0,
            early.Count == 0 ? "no high-risk step before its approval" : $"done before approval: {string.Join(", ", early)}"));
        return grades;
    }

    private static string Seconds(TimeSpan span) => $"{span.TotalSeconds:0.#}s";
}
