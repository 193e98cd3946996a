namespace GameDay.Contracts;

/// Order states of docs/architecture.md, "Streams and the no-loss pattern".
public enum OrderStatus
{
    Initialized,
    Denied,
    Submitted,
    Accepted,
    Rejected,
    PartiallyFilled,
    Filled,
    PendingCancel,
    Canceled,
    Expired,
}
