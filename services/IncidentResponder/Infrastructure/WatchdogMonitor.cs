namespace GameDay.IncidentResponder.Infrastructure;

/// When the always-firing Watchdog alert last arrived: its absence is the "monitoring down" signal.
/// Persisted in `responder_status` so that a restart of the responder keeps it.
public sealed class WatchdogMonitor
{
    private long _lastSeenTicks = long.MinValue;

    public DateTimeOffset? LastSeenAt
    {
        get
        {
            var ticks = Interlocked.Read(ref _lastSeenTicks);
            return ticks == long.MinValue ? null : new DateTimeOffset(ticks, TimeSpan.Zero);
        }
    }

    public void Seen(DateTimeOffset at)
    {
        var ticks = at.UtcTicks;
        long current;
        do
        {
            current = Interlocked.Read(ref _lastSeenTicks);
            if (current >= ticks) return;
        }
        while (Interlocked.CompareExchange(ref _lastSeenTicks, ticks, current) != current);
    }
}
