namespace GameDay.ExecutionEngine.Infrastructure;

/// The venue circuit breaker's state as the gauge `venue_circuit_state` reports it: 0 closed, 1 open, 2 half-open.
public sealed class VenueCircuit
{
    private int _state;

    public int State => Volatile.Read(ref _state);

    public string Name => State switch { 1 => "open", 2 => "half_open", _ => "closed" };

    public void Closed() => Volatile.Write(ref _state, 0);

    public void Opened() => Volatile.Write(ref _state, 1);

    public void HalfOpened() => Volatile.Write(ref _state, 2);
}
