using GameDay.AppHost.Dashboard.Drills;

namespace GameDay.Dashboard.Tests;

/// The catalog's "last result" column: the newest journal per scenario across the drill directories.
public sealed class DrillResultsTests : IDisposable
{
    private readonly string cli = Directory.CreateTempSubdirectory("gameday-drills-cli-").FullName;
    private readonly string dashboard = Directory.CreateTempSubdirectory("gameday-drills-dash-").FullName;

    [Fact]
    public void TheNewestJournalOfEachScenarioWinsWhicheverDirectoryHoldsIt()
    {
        Write(cli, "a.json", "service-crash", "failed", "2026-11-23T08:00:00Z", 12.5, null);
        Write(dashboard, "b.json", "service-crash", "passed", "2026-11-23T09:00:00Z", 9.1, 30.2);
        Write(cli, "c.json", "redis-down", "passed", "2026-11-23T07:00:00Z", 5, 20);
        File.WriteAllText(Path.Combine(cli, "broken.json"), "{ not json");
        File.WriteAllText(Path.Combine(cli, "other.json"), """{"hello": "world"}""");

        var latest = DrillResults.Latest([cli, dashboard, Path.Combine(cli, "missing")]);

        Assert.Equal(2, latest.Count);
        Assert.Equal("passed", latest["service-crash"].Outcome);
        Assert.Equal(30.2, latest["service-crash"].MttrSeconds);
        Assert.Equal(5, latest["redis-down"].MttdSeconds);
        Assert.Equal("service-crash-42", latest["service-crash"].RunId);
    }

    private static void Write(string directory, string file, string scenario, string outcome, string startedAt, double? mttd, double? mttr) =>
        File.WriteAllText(Path.Combine(directory, file), $$$"""
            {"runId": "{{{scenario}}}-42", "scenario": "{{{scenario}}}", "outcome": "{{{outcome}}}", "startedAt": "{{{startedAt}}}",
             "measures": {"mttdSeconds": {{{Json(mttd)}}}, "mttaSeconds": null, "mttrSeconds": {{{Json(mttr)}}}}}
            """);

    private static string Json(double? value) => value?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "null";

    public void Dispose()
    {
        Directory.Delete(cli, recursive: true);
        Directory.Delete(dashboard, recursive: true);
    }
}
