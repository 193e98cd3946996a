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
    /// The venue answered without creating the order (401, 403, 429, 503): safe to send again.
    public const string Refused = "refused";
}
