namespace GameDay.RiskManager.Model;

public sealed record ProposedOrder(
    string ClientOrderId, string SignalId, string Symbol, string Side, int Quantity, decimal LimitPrice)
{
    public decimal Value => Quantity * LimitPrice;

    public int SignedQuantity => Contracts.Side.Sign(Side) * Quantity;
}
