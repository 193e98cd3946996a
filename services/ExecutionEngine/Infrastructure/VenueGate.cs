namespace GameDay.ExecutionEngine.Infrastructure;

/// Whether sending orders makes sense now: a usable session, a closed circuit and no back-off
/// (429 Retry-After, 403 allowlist) in force.
public sealed class VenueGate(VenueSession session, VenueCircuit circuit, TimeProvider time)
{
    private long _blockedUntilTicks;

    public DateTimeOffset BlockedUntil => new(Interlocked.Read(ref _blockedUntilTicks), TimeSpan.Zero);

    public string? BlockReason { get; private set; }

    public bool CanSend => session.IsUsable && circuit.State != 1 && time.GetUtcNow() >= BlockedUntil;

    public void BackOff(TimeSpan duration, string reason)
    {
        var until = (time.GetUtcNow() + duration).UtcTicks;
        long current;
        do
        {
            current = Interlocked.Read(ref _blockedUntilTicks);
            if (current >= until) return;
        }
        while (Interlocked.CompareExchange(ref _blockedUntilTicks, until, current) != current);
        BlockReason = reason;
    }
}
