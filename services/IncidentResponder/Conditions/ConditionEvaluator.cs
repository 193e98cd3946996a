using GameDay.Runbooks;

namespace GameDay.IncidentResponder.Conditions;

/// Dispatches to the probe for the condition and, for `within Ns`, polls every 500 ms until it holds
/// or the time is up. A probe that throws counts as "not met" (the system could not be read).
public sealed class ConditionEvaluator(IEnumerable<IConditionProbe> probes, TimeProvider time) : IConditionEvaluator
{
    public static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(500);

    private readonly IConditionProbe[] probes = probes.ToArray();

    public async Task<ConditionResult> EvaluateAsync(Condition condition, long incidentId, CancellationToken cancellationToken)
    {
        if (probes.FirstOrDefault(p => p.Handles(condition)) is not { } probe)
        {
            return ConditionResult.NotEvaluated($"no probe evaluates {condition.GetType().Name}.");
        }
        var deadline = time.GetUtcNow() + (condition.Within ?? TimeSpan.Zero);
        while (true)
        {
            var result = await ProbeOnceAsync(probe, condition, incidentId, cancellationToken);
            if (result.Met != false || time.GetUtcNow() >= deadline) return result;
            await Task.Delay(PollInterval, time, cancellationToken);
        }
    }

    private static async Task<ConditionResult> ProbeOnceAsync(IConditionProbe probe, Condition condition, long incidentId, CancellationToken cancellationToken)
    {
        try
        {
            return await probe.ProbeAsync(condition, incidentId, cancellationToken);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            return ConditionResult.Fails($"could not read: {ex.Message}");
        }
    }
}
