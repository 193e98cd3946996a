namespace GameDay.Broker.Model;

/// Order statuses as the venue reports them (broker-api.md).
public static class OrderStates
{
    public const string Open = "OPEN";
    public const string PartiallyFilled = "PARTIALLY_FILLED";
    public const string Filled = "FILLED";
    public const string Canceled = "CANCELED";
    public const string Rejected = "REJECTED";
    public const string Expired = "EXPIRED";

    public static bool IsOpen(string status) => status is Open or PartiallyFilled;
}
