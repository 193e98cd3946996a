using GameDay.Contracts;

namespace GameDay.RiskManager.Model.Checks;

/// Fail closed: an unknown state denies. A manual halt is the kill switch; REDUCING allows only reducing orders.
public sealed class TradingStateCheck : IRiskCheck
{
    public string? Check(ProposedOrder order, RiskSnapshot snapshot, RiskLimits limits)
    {
        var status = snapshot.Status;
        if (status is null || string.IsNullOrEmpty(status.State)) return DenialReasons.TradingStateUnknown;
        if (status.Halted || status.State == TradingStates.Halted)
        {
            return status.HaltReason is HaltReasons.Manual or "emergency_stop" ? DenialReasons.KillSwitch : DenialReasons.TradingHalted;
        }
        if (status.State == TradingStates.Reducing)
        {
            var held = snapshot.QuantityOf(order.Symbol);
            return Math.Abs(held + order.SignedQuantity) < Math.Abs(held) ? null : DenialReasons.ReduceOnly;
        }
        return status.State == TradingStates.Active ? null : DenialReasons.TradingStateUnknown;
    }
}
