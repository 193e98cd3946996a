using GameDay.Runbooks;

namespace GameDay.IncidentResponder.Conditions;

/// Evaluates one pre- or post-condition for an incident, waiting up to its `within` duration.
public interface IConditionEvaluator
{
    Task<ConditionResult> EvaluateAsync(Condition condition, long incidentId, CancellationToken cancellationToken);
}

/// Met is null when the condition was not evaluated (the reason is in Detail); it does not block a step.
public sealed record ConditionResult(bool? Met, string Detail)
{
    public static ConditionResult Holds(string detail) => new(true, detail);

    public static ConditionResult Fails(string detail) => new(false, detail);

    public static ConditionResult NotEvaluated(string detail) => new(null, detail);

    public static ConditionResult Is(bool met, string detail) => new(met, detail);
}
