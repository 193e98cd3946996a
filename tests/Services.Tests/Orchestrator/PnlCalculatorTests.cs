using GameDay.Orchestrator.Model;

namespace GameDay.Services.Tests.Orchestrator;

public class PnlCalculatorTests
{
    private static Dictionary<string, decimal> Marks(params (string Symbol, decimal Price)[] marks) =>
        marks.ToDictionary(m => m.Symbol, m => m.Price);

    [Fact]
    public void NoPositionsMeansZeroPnl()
    {
        Assert.Equal(PnlSnapshot.Empty, PnlCalculator.Compute([], Marks()));
    }

    [Fact]
    public void ALongPositionGainsWhenTheMarkRises()
    {
        var pnl = PnlCalculator.Compute([new PositionRow("RELIANCE", 10, 2500.50m, 0m)], Marks(("RELIANCE", 2510.75m)));

        Assert.Equal(102.50m, pnl.UnrealizedPnl);
        Assert.Equal(1, pnl.OpenPositions);
    }

    [Fact]
    public void AShortPositionGainsWhenTheMarkFalls()
    {
        var pnl = PnlCalculator.Compute([new PositionRow("TCS", -20, 4000m, 0m)], Marks(("TCS", 3990.05m)));

        Assert.Equal(199.00m, pnl.UnrealizedPnl);
    }

    [Fact]
    public void AShortPositionLosesWhenTheMarkRises()
    {
        var pnl = PnlCalculator.Compute([new PositionRow("INFY", -5, 1500m, 0m)], Marks(("INFY", 1512m)));

        Assert.Equal(-60m, pnl.UnrealizedPnl);
    }

    [Fact]
    public void RealizedPnlSumsEveryRowIncludingClosedPositions()
    {
        PositionRow[] positions =
        [
            new("RELIANCE", 0, 0m, 1_250.25m),
            new("TCS", 10, 4000m, -300m),
        ];

        var pnl = PnlCalculator.Compute(positions, Marks(("TCS", 4010m)));

        Assert.Equal(950.25m, pnl.RealizedPnl);
        Assert.Equal(100m, pnl.UnrealizedPnl);
        Assert.Equal(1_050.25m, pnl.TotalPnl);
        Assert.Equal(1, pnl.OpenPositions);
    }

    [Fact]
    public void APositionWithoutAMarkYetCountsAtItsAveragePrice()
    {
        var pnl = PnlCalculator.Compute([new PositionRow("HDFCBANK", 7, 1600m, 10m)], Marks(("TCS", 4000m)));

        Assert.Equal(0m, pnl.UnrealizedPnl);
        Assert.Equal(10m, pnl.TotalPnl);
        Assert.Equal(1, pnl.OpenPositions);
    }
}
