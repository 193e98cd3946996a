namespace GameDay.Monitoring.Tests;

/// docs/failure-catalog.md is generated from the files that implement the catalog, so it cannot drift from them.
public sealed class FailureCatalogPageTests
{
    [Fact]
    public void TheCatalogPageIsUpToDate()
    {
        var path = MonitoringFiles.Absolute(FailureCatalogPage.RelativePath);
        var expected = FailureCatalogPage.Build();
        if (Environment.GetEnvironmentVariable("GAMEDAY_WRITE_DOCS") == "1") File.WriteAllText(path, expected);

        Assert.True(File.Exists(path), $"{FailureCatalogPage.RelativePath} is missing; write it with GAMEDAY_WRITE_DOCS=1 dotnet test tests/Monitoring.Tests");
        Assert.True(expected == File.ReadAllText(path),
            $"{FailureCatalogPage.RelativePath} is out of date with the scenarios, rules or runbooks; regenerate it with " +
            "GAMEDAY_WRITE_DOCS=1 dotnet test tests/Monitoring.Tests");
    }

    [Fact]
    public void EveryCatalogIdIsUnderASection()
    {
        var page = FailureCatalogPage.Build();
        var ids = File.ReadLines(MonitoringFiles.CatalogIds).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();

        Assert.Equal(43, ids.Count);
        Assert.All(ids, id => Assert.Contains($"| `{id}` |", page, StringComparison.Ordinal));
    }
}
