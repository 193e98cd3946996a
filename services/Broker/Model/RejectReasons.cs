namespace GameDay.Broker.Model;

/// Business rejections: the order is still created, with status REJECTED and one of these reasons.
public static class RejectReasons
{
    public const string InsufficientFunds = "insufficient_funds";
    public const string MarketClosed = "market_closed";
    public const string MarketHalted = "market_halted";
    public const string CancelOnly = "cancel_only";
    public const string UnknownSymbol = "unknown_symbol";
    public const string PriceOutOfBand = "price_out_of_band";
}
