namespace GameDay.Monitoring.Tests;

/// docs/metrics-contract.md lists every metric an alert rule reads, so that renaming one is seen as the breaking change
/// it is.
public sealed class MetricsContractPageTests
{
    private static readonly string[] HistogramSuffixes = ["_bucket", "_count", "_sum"];

    public static TheoryData<string> RuleFiles() => new(MonitoringFiles.RuleFiles());

    [Theory]
    [MemberData(nameof(RuleFiles))]
    public void EveryMetricARuleReadsIsInTheContract(string ruleFile)
    {
        var page = File.ReadAllText(MonitoringFiles.Absolute("docs/metrics-contract.md"));
        var names = RuleExpressions.Read(ruleFile).SelectMany(RuleExpressions.MetricNames).Distinct(StringComparer.Ordinal).ToList();

        Assert.NotEmpty(names);
        var missing = names.Select(Documented).Where(n => !page.Contains($"`{n}`", StringComparison.Ordinal)).ToList();
        Assert.True(missing.Count == 0, $"{ruleFile} reads metrics docs/metrics-contract.md does not list: {string.Join(", ", missing)}");
    }

    [Fact]
    public void TheExtractorFindsMetricsNotFunctionsLabelsOrDurations()
    {
        var names = RuleExpressions.MetricNames(
            "sum by (job, le) (rate(x_bucket{job=\"a\", le=~\"1\"}[30s])) > 0 unless on () (y offset 1m) and z == 0");

        Assert.Equal(["x_bucket", "y", "z"], names);
    }

    private static string Documented(string name) =>
        HistogramSuffixes.FirstOrDefault(s => name.EndsWith(s, StringComparison.Ordinal)) is { } suffix ? name[..^suffix.Length] : name;
}
