namespace GameDay.DataIngestor.Model;

/// Values of the `reason` tag of `ticks_rejected` and of `rejected_ticks.reason`.
public static class RejectReasons
{
    public const string NonPositivePrice = "non_positive_price";
    public const string PriceJump = "price_jump";
    public const string OutOfOrder = "out_of_order";
}
