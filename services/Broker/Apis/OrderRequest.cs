using GameDay.Broker.Model;
using GameDay.Contracts;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GameDay.Broker.Apis;

/// The body of `POST /api/v1/venues/{venue}/orders`, checked into a `NewOrder`.
public sealed record OrderRequest(
    string? ClientOrderId, string? Symbol, string? Side, decimal? Quantity, string? Type, decimal? LimitPrice)
{
    public ValidationProblem? Validate(out NewOrder order)
    {
        order = null!;
        var side = Side?.ToUpperInvariant();
        var type = (Type ?? OrderTypes.Limit).ToUpperInvariant();
        if (string.IsNullOrWhiteSpace(ClientOrderId) || ClientOrderId.Length > 64)
        {
            return Invalid.Field("clientOrderId", "Required, at most 64 characters.");
        }
        if (string.IsNullOrWhiteSpace(Symbol)) return Invalid.Field("symbol", "Required.");
        if (side is not (Contracts.Side.Buy or Contracts.Side.Sell)) return Invalid.Field("side", "BUY or SELL.");
        if (Quantity is not { } quantity || quantity <= 0 || quantity != decimal.Truncate(quantity) || quantity > int.MaxValue)
        {
            return Invalid.Field("quantity", "A positive whole number of shares.");
        }
        if (type is not (OrderTypes.Limit or OrderTypes.Market)) return Invalid.Field("type", "LIMIT or MARKET.");
        if (type == OrderTypes.Limit && LimitPrice is not > 0) return Invalid.Field("limitPrice", "Required and positive for LIMIT orders.");

        order = new NewOrder(ClientOrderId, Symbol.Trim().ToUpperInvariant(), side, (long)quantity, type,
            type == OrderTypes.Limit ? LimitPrice : null);
        return null;
    }
}
