using Bogus;

namespace GameDay.Broker.Model;

public enum InjectedFault
{
    None,
    Error,
    Timeout,
}

public sealed record FaultDecision(InjectedFault Fault, TimeSpan Latency);

/// Draws, per trading request, whether the admin-configured error injection fires; and counts down the order
/// acknowledgements to lose (the venue places the order, the answer never arrives). The count is the operator's fault
/// in flight, not venue state: it is not journaled, and a restart of the venue ends it.
public sealed class FaultInjector(BrokerState state, Randomizer random)
{
    private int _lostAcks;

    public int LostAcks
    {
        get { lock (state.Gate) return _lostAcks; }
        set { lock (state.Gate) _lostAcks = value; }
    }

    /// True for each of the next `LostAcks` answers to an order placement (new or repeated).
    public bool LosesAck()
    {
        lock (state.Gate)
        {
            if (_lostAcks <= 0) return false;
            _lostAcks--;
            return true;
        }
    }

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
