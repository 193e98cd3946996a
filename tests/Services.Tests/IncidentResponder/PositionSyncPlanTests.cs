using GameDay.IncidentResponder.Actions;

namespace GameDay.Services.Tests.IncidentResponder;

public sealed class PositionSyncPlanTests
{
    private static readonly VenueFill[] Fills = [new("primary", 1, "INFY"), new("primary", 2, "TCS"), new("fallback", 1, "INFY")];

    private static readonly HashSet<(string, long)> Recorded = [("primary", 1), ("primary", 2), ("fallback", 1)];

    [Fact]
    public void ADriftedQuantityIsSetToTheVenuesWithTheVenuesAveragePrice()
    {
        var plan = Plan([new("INFY", 10, 1500m, 0m), new("TCS", -3, 3900m, 12m)], [new("INFY", 17, 1500m), new("TCS", -3, 3900m)]);

        var change = Assert.Single(plan.Changes);
        Assert.Equal(new PositionChange("INFY", 17, 10, 1500m, 1500m, 0m), change);
        Assert.Empty(plan.Skipped);
        Assert.Contains("INFY quantity 17 → 10", plan.Describe(), StringComparison.Ordinal);
    }

    [Fact]
    public void PositionsThatAgreeAreLeftAlone()
    {
        var plan = Plan([new("INFY", 10, 1500m, 0m)], [new("INFY", 10, 1499.5m)]);

        Assert.Empty(plan.Changes);
        Assert.StartsWith("nothing to change", plan.Describe(), StringComparison.Ordinal);
    }

    [Fact]
    public void ASymbolWithAVenueFillTheEngineHasNotRecordedYetIsSkipped()
    {
        VenueFill[] fills = [.. Fills, new("primary", 3, "INFY")];

        var plan = PositionSyncPlan.Compute([new("INFY", 12, 1500m, 0m)], [new("INFY", 17, 1500m)], fills, fills, Recorded);

        Assert.Empty(plan.Changes);
        Assert.Equal(["INFY"], plan.Skipped);
        Assert.Contains("skipped", plan.Describe(), StringComparison.Ordinal);
    }

    [Fact]
    public void ASymbolWithATradeTheFeedLostBelowTheRecordedSequenceIsSkipped()
    {
        HashSet<(string, long)> recorded = [("primary", 2), ("fallback", 1)];

        var plan = PositionSyncPlan.Compute([new("INFY", 12, 1500m, 0m)], [new("INFY", 17, 1500m)], Fills, Fills, recorded);

        Assert.Empty(plan.Changes);
        Assert.Equal(["INFY"], plan.Skipped);
    }

    [Fact]
    public void ASymbolWithAFillThatArrivedWhileTheVenueWasReadIsSkipped()
    {
        VenueFill[] after = [.. Fills, new("fallback", 2, "TCS")];
        HashSet<(string, long)> recorded = [.. Recorded, ("fallback", 2)];

        var plan = PositionSyncPlan.Compute([new("TCS", 1, 3900m, 0m)], [new("TCS", -3, 3900m)], Fills, after, recorded);

        Assert.Empty(plan.Changes);
        Assert.Equal(["TCS"], plan.Skipped);
    }

    [Fact]
    public void ARowOnlyTheDatabaseHoldsGoesFlatAndOneOnlyTheVenueHoldsIsInserted()
    {
        var plan = Plan([new("WIPRO", 5, 480m, 1.5m)], [new("HDFC", 4, 1600m)]);

        Assert.Equal(
            [new PositionChange("HDFC", 4, 0, 1600m, 0m, 0m), new PositionChange("WIPRO", null, 5, null, 480m, 1.5m)],
            plan.Changes);
    }

    private static PositionSyncPlan Plan(VenueHolding[] venue, DbHolding[] database) =>
        PositionSyncPlan.Compute(venue, database, Fills, Fills, Recorded);
}
