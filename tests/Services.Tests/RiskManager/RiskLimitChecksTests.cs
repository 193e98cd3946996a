using GameDay.Contracts;
using GameDay.RiskManager.Model;
using static GameDay.Services.Tests.RiskManager.RiskScenario;

namespace GameDay.Services.Tests.RiskManager;

public class RiskLimitChecksTests
{
    [Fact]
    public void RiskDeniesAnOrderAboveTheMaximumQuantity()
    {
        var limits = Limits with { MaxQuantity = 10 };
        Assert.Equal(DenialReasons.MaxQuantity, Evaluate(Snapshot(), limits: limits).Reason);
    }

    [Fact]
    public void RiskDeniesAnOrderAboveTheMaximumValue()
    {
        var limits = Limits with { MaxOrderValue = 50_000m };
        Assert.Equal(DenialReasons.MaxOrderValue, Evaluate(Snapshot(), limits: limits).Reason);
    }

    [Fact]
    public void RiskDeniesOrderWhenReferencePriceIsStale()
    {
        var references = new Dictionary<string, ReferencePrice> { ["INFY"] = new(1500m, Now.AddSeconds(-6)) };
        Assert.Equal(DenialReasons.StaleReferencePrice, Evaluate(Snapshot(references: references)).Reason);
    }

    [Fact]
    public void RiskDeniesOrderWhenThereIsNoReferencePrice()
    {
        var references = new Dictionary<string, ReferencePrice>();
        Assert.Equal(DenialReasons.StaleReferencePrice, Evaluate(Snapshot(references: references)).Reason);
    }

    [Fact]
    public void RiskDeniesALimitOutsideThePriceCollar()
    {
        var references = new Dictionary<string, ReferencePrice> { ["INFY"] = new(1450m, Now.AddSeconds(-1)) };
        Assert.Equal(DenialReasons.PriceCollar, Evaluate(Snapshot(references: references)).Reason);
    }

    [Fact]
    public void RiskFailsClosedWhenPositionsAreUnavailable()
    {
        Assert.Equal(DenialReasons.PositionsUnavailable, Evaluate(Snapshot(noPositions: true)).Reason);
    }

    [Fact]
    public void RiskDeniesAnOrderThatTakesThePositionOverItsLimit()
    {
        var snapshot = Snapshot(positions: Holding("INFY", 620, 1500m));
        Assert.Equal(DenialReasons.PositionLimit, Evaluate(snapshot).Reason);
    }

    [Fact]
    public void RiskLetsAPositionOverItsLimitBeReduced()
    {
        var snapshot = Snapshot(positions: Holding("INFY", 1_000, 1500m));
        Assert.True(Evaluate(snapshot, Order(Side.Sell)).Approved);
    }

    [Fact]
    public void RiskDeniesAnOrderThatTakesGrossExposureOverItsLimit()
    {
        var snapshot = Snapshot(positions: Holding("TCS", 1_270, 3900m));
        Assert.Equal(DenialReasons.ExposureLimit, Evaluate(snapshot).Reason);
    }

    [Fact]
    public void RiskDeniesAnOrderBeyondBuyingPower()
    {
        var limits = Limits with { Capital = 3_950_000m };
        var snapshot = Snapshot(positions: Holding("TCS", 1_000, 3900m));
        Assert.Equal(DenialReasons.BuyingPower, Evaluate(snapshot, limits: limits).Reason);
    }

    [Fact]
    public void RiskDeniesWhenTheOrderRateIsExceeded()
    {
        var approvals = Enumerable.Range(1, Limits.MaxOrdersPerWindow).Select(i => Now.AddMilliseconds(-100 * i)).ToList();
        Assert.Equal(DenialReasons.OrderRate, Evaluate(Snapshot(approvals: approvals)).Reason);
    }

    [Fact]
    public void RiskForgetsApprovalsOlderThanTheRateWindow()
    {
        var approvals = Enumerable.Range(1, Limits.MaxOrdersPerWindow).Select(_ => Now.AddSeconds(-11)).ToList();
        Assert.True(Evaluate(Snapshot(approvals: approvals)).Approved);
    }
}
