using System.Diagnostics.Metrics;
using GameDay.ExecutionEngine.Infrastructure;

namespace GameDay.Services.Tests.ExecutionEngine;

public class DiscrepancyMetricTests
{
    private static Dictionary<string, int> ByKind(IReadOnlyList<Measurement<int>> measurements) =>
        measurements.ToDictionary(m => (string)Assert.Single(m.Tags.ToArray(), t => t.Key == "kind").Value!, m => m.Value);

    [Fact]
    public void ACleanRunReportsZeroForEveryKind()
    {
        var findings = new ReconciliationFindings([], [], [], [], null, [], null);
        var byKind = ByKind(ExecutionMetrics.DiscrepanciesByKind(findings));
        Assert.Equal(new Dictionary<string, int> { ["missing_trade"] = 0, ["position_mismatch"] = 0, ["duplicate"] = 0 }, byKind);
    }

    [Fact]
    public void EachKindCountsOnlyItsOwnFindings()
    {
        var findings = new ReconciliationFindings(
            ["nse:t1:c1", "nse:t2:c2"], ["bse:t9"], [new PositionMismatch("INFY", 10, 0)], ["order:c3", "trade:nse:t4", "venues:c5", "signal:s6"],
            null, [], null);
        var byKind = ByKind(ExecutionMetrics.DiscrepanciesByKind(findings));
        Assert.Equal(new Dictionary<string, int> { ["missing_trade"] = 3, ["position_mismatch"] = 1, ["duplicate"] = 4 }, byKind);
    }

    [Fact]
    public void EveryMeasurementCarriesOnlyTheKindTag()
    {
        var measurements = ExecutionMetrics.DiscrepanciesByKind(new ReconciliationFindings([], [], [], ["order:c1"], null, [], null));
        Assert.All(measurements, m => Assert.Equal(["kind"], m.Tags.ToArray().Select(t => t.Key)));
    }
}
