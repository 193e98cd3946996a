using GameDay.Contracts;

namespace GameDay.RiskManager.Model.Checks;

/// A signal without a usable price or side cannot be sized; refuse it rather than guess.
public sealed class SignalValidityCheck : IRiskCheck
{
    public string? Check(ProposedOrder order, RiskSnapshot snapshot, RiskLimits limits) =>
        order.Quantity <= 0 || order.LimitPrice <= 0 || order.Side is not (Side.Buy or Side.Sell)
            || string.IsNullOrWhiteSpace(order.Symbol)
            ? DenialReasons.InvalidSignal
            : null;
}
