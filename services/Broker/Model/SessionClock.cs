namespace GameDay.Broker.Model;

/// The venue's session clock in IST. It runs at wall-clock speed from an offset: at start the
/// session reads 09:15 on the epoch's day plus the time since `Market:Epoch`, so every run opens
/// at the bell; an admin can move it (market-closed drills), after which it runs on from there.
public sealed class SessionClock
{
    public static readonly TimeSpan Ist = TimeSpan.FromHours(5.5);
    public static readonly TimeOnly Open = new(9, 15);
    public static readonly TimeOnly Close = new(15, 30);
    public static readonly TimeOnly TokenExpiry = new(6, 0);

    private readonly TimeProvider _time;

    public SessionClock(TimeProvider time, DateTimeOffset epoch)
    {
        _time = time;
        var epochIst = epoch.ToOffset(Ist);
        DefaultOffset = At(epochIst, Open) - epoch;
        Offset = DefaultOffset;
    }

    public TimeSpan DefaultOffset { get; }

    /// Session time minus wall-clock time.
    public TimeSpan Offset { get; set; }

    public DateTimeOffset Now => (_time.GetUtcNow() + Offset).ToOffset(Ist);

    public static bool IsOpenAt(DateTimeOffset session)
    {
        var time = TimeOnly.FromTimeSpan(session.ToOffset(Ist).TimeOfDay);
        return time >= Open && time < Close;
    }

    /// The same session day at `time` (IST).
    public static DateTimeOffset At(DateTimeOffset session, TimeOnly time) =>
        new(session.ToOffset(Ist).Date + time.ToTimeSpan(), Ist);

    /// Access tokens expire at the next 06:00 of the session clock (Kite-style daily expiry).
    public static DateTimeOffset NextTokenExpiry(DateTimeOffset session)
    {
        var candidate = At(session, TokenExpiry);
        return candidate > session ? candidate : candidate.AddDays(1);
    }

    /// The offset that makes the clock read `session` now.
    public TimeSpan OffsetFor(DateTimeOffset session) => session - _time.GetUtcNow();

    /// The wall-clock instant at which the clock will read `session` (if nobody moves it).
    public DateTimeOffset ToWallClock(DateTimeOffset session) => (session - Offset).ToUniversalTime();
}
