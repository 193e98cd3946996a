using GameDay.Runbooks;

namespace GameDay.IncidentResponder.Conditions;

/// `invariants hold` is not evaluated by the responder yet (it needs `./gameday check`'s invariant
/// checks); `approval granted` is decided by the runner's approval gate, not by reading the system.
public sealed class UnevaluatedProbe : IConditionProbe
{
    public bool Handles(Condition condition) => condition is InvariantsCondition or ApprovalCondition;

    public Task<ConditionResult> ProbeAsync(Condition condition, long incidentId, CancellationToken cancellationToken) =>
        Task.FromResult(condition is InvariantsCondition
            ? ConditionResult.NotEvaluated("invariants hold: not evaluated by the responder (run ./gameday check).")
            : ConditionResult.NotEvaluated("approval is checked by the approval gate."));
}
