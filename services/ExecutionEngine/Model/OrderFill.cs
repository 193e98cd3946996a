using GameDay.Contracts;

namespace GameDay.ExecutionEngine.Model;

/// An order's fill progress after one more trade.
public sealed record OrderFill(int FilledQuantity, decimal AveragePrice, OrderStatus Status)
{
    public static OrderFill After(int orderQuantity, int filledQuantity, decimal? averagePrice, int fillQuantity, decimal fillPrice)
    {
        var filled = filledQuantity + fillQuantity;
        var average = filled == 0 ? 0m : ((averagePrice ?? 0m) * filledQuantity + fillPrice * fillQuantity) / filled;
        return new OrderFill(filled, average, filled >= orderQuantity ? OrderStatus.Filled : OrderStatus.PartiallyFilled);
    }
}
