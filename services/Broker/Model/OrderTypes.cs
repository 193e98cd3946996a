namespace GameDay.Broker.Model;

public static class OrderTypes
{
    public const string Limit = "LIMIT";
    public const string Market = "MARKET";
}
