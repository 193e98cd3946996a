using GameDay.RiskManager.Model.Checks;

namespace GameDay.RiskManager.Model;

/// Runs the pre-trade checks in order; the first denial wins. Pure: everything comes in the snapshot.
public sealed class RiskEvaluator
{
    private static readonly IRiskCheck[] Checks =
    [
        new AutoTradingCheck(), new SignalValidityCheck(), new DuplicateCheck(), new TradingStateCheck(),
        new DailyPnlCheck(), new MaxQuantityCheck(), new MaxOrderValueCheck(), new ReferencePriceCheck(),
        new PositionsAvailableCheck(), new PositionLimitCheck(), new ExposureLimitCheck(), new BuyingPowerCheck(),
        new OrderRateCheck(),
    ];

    public RiskDecision Evaluate(ProposedOrder order, RiskSnapshot snapshot, RiskLimits limits)
    {
        foreach (var check in Checks)
        {
            try
            {
                if (check.Check(order, snapshot, limits) is { } reason) return RiskDecision.Deny(reason);
            }
            catch (ArithmeticException)
            {
                // An overflow in a check must deny, never approve by accident.
                return RiskDecision.Deny(DenialReasons.CheckFailed);
            }
        }
        return RiskDecision.Approve;
    }
}
