using GameDay.Runbooks;

namespace GameDay.IncidentResponder.Conditions;

/// Reads the system once for one kind of condition; the evaluator repeats it for `within`.
public interface IConditionProbe
{
    bool Handles(Condition condition);

    Task<ConditionResult> ProbeAsync(Condition condition, long incidentId, CancellationToken cancellationToken);
}
