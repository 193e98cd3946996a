namespace GameDay.ExecutionEngine.Infrastructure;

/// Values of `orders.venue_outcome`: what we know about the last POST of a SUBMITTED order.
public static class VenueOutcomes
{
    /// Marked SUBMITTED and committed; the POST is (or was about to be) on its way.
    public const string Pending = "pending";
    /// The venue answered with the order.
    public const string Acked = "acked";
    /// No answer we can trust (timeout, 5xx, connection, open circuit): ask the venue before sending again.
    public const string Unknown = "unknown";
    /// A single attempt was refused before the venue looked at the order (401, 403, 429, 503): nothing created.
    public const string Refused = "refused";

    /// A pending attempt older than this has ended (every retry included) or never left: resolve it.
    public static readonly TimeSpan PendingGrace = TimeSpan.FromSeconds(10);

    /// Whether a 404 from the order's venue now proves it is not there and no POST of it can still land:
    /// refused outright, or the last POST ended without an answer (or was left pending) long enough ago.
    public static bool AbsenceIsFinal(string? outcome, DateTimeOffset? lastAttemptAt, DateTimeOffset now, TimeSpan resolveAfter) =>
        outcome switch
        {
            Refused => true,
            Unknown => lastAttemptAt < now - resolveAfter,
            Pending => lastAttemptAt < now - PendingGrace,
            _ => false,
        };
}
