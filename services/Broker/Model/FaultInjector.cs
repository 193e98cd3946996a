using Bogus;

namespace GameDay.Broker.Model;

public enum InjectedFault
{
    None,
    Error,
    Timeout,
}

public sealed record FaultDecision(InjectedFault Fault, TimeSpan Latency);

/// Draws, per trading request, whether the admin-configured error injection fires.
public sealed class FaultInjector(BrokerState state, Randomizer random)
{
    public FaultDecision Draw()
    {
        lock (state.Gate)
        {
            var faults = state.Settings.Faults;
            var latency = TimeSpan.FromMilliseconds(faults.LatencyMs);
            if (faults.ErrorRate <= 0 && faults.TimeoutRate <= 0) return new(InjectedFault.None, latency);
            var draw = random.Double();
            var fault = draw < faults.ErrorRate ? InjectedFault.Error
                : draw < faults.ErrorRate + faults.TimeoutRate ? InjectedFault.Timeout
                : InjectedFault.None;
            return new(fault, latency);
        }
    }
}
