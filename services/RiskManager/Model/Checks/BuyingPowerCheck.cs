namespace GameDay.RiskManager.Model.Checks;

/// Buying power is the configured capital minus the gross exposure already held.
public sealed class BuyingPowerCheck : IRiskCheck
{
    public string? Check(ProposedOrder order, RiskSnapshot snapshot, RiskLimits limits)
    {
        var increase = ExposureLimitCheck.ExposureIncrease(order, snapshot);
        if (increase <= 0) return null;
        var buyingPower = limits.Capital - snapshot.GrossExposure();
        return increase > buyingPower ? DenialReasons.BuyingPower : null;
    }
}
