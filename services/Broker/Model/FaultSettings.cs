namespace GameDay.Broker.Model;

/// Venue-side error injection on trading routes: a share of 500s, a share of timeouts (504 after
/// a hold), and added latency. All zero is off.
public sealed record FaultSettings(double ErrorRate, double TimeoutRate, int LatencyMs)
{
    public static readonly FaultSettings Off = new(0, 0, 0);

    public bool IsValid() =>
        ErrorRate is >= 0 and <= 1 && TimeoutRate is >= 0 and <= 1 && ErrorRate + TimeoutRate <= 1 && LatencyMs >= 0;
}
