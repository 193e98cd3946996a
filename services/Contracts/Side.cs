namespace GameDay.Contracts;

public static class Side
{
    public const string Buy = "BUY";
    public const string Sell = "SELL";

    public static int Sign(string side) => side == Buy ? 1 : -1;
}
