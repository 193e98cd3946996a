namespace GameDay.Contracts;

/// Order states of design.md §3.
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
