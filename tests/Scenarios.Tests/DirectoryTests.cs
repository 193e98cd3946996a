namespace GameDay.Scenarios.Tests;

public class DirectoryTests
{
    [Fact]
    public void ScenariosComeSortedByIdAndABrokenFileDoesNotHideTheOthers()
    {
        using var directory = new TempDirectory();
        directory.Write("service-crash.yaml", ScenarioText.Minimal);
        directory.Write("crash-loop.yaml", ScenarioText.Minimal.Replace("id: service-crash", "id: crash-loop"));
        var broken = directory.Write("redis-down.yaml", ScenarioText.Minimal.Replace("id: service-crash", "id: redis-down\nbogus: 1"));

        var result = TestTables.Loader().LoadDirectory(directory.Path);

        Assert.Equal(["crash-loop", "service-crash"], result.Scenarios.Select(scenario => scenario.Id));
        var error = Assert.Single(result.Errors);
        Assert.Equal((broken, 2, 1), (error.File, error.Line, error.Column));
    }

    [Fact]
    public void DuplicateIdIsReportedOnTheFileNotNamedAfterIt()
    {
        using var directory = new TempDirectory();
        var original = directory.Write("service-crash.yaml", ScenarioText.Minimal);
        var copy = directory.Write("crash-loop.yaml", ScenarioText.Minimal);

        var result = TestTables.Loader().LoadDirectory(directory.Path);

        Assert.Equal(original, Assert.Single(result.Scenarios).File);
        Assert.Equal(
            [
                $"{copy}:1:5: id 'service-crash' differs from the file name 'crash-loop'",
                $"{copy}:1:5: duplicate id 'service-crash': {original} has the same id",
            ],
            result.Errors.Select(error => error.ToString()));
    }

    [Fact]
    public void YmlFileIsReportedInsteadOfSkippedSilently()
    {
        using var directory = new TempDirectory();
        var file = directory.Write("service-crash.yml", ScenarioText.Minimal);
        directory.Write("README.md", "# not a scenario\n");

        var result = TestTables.Loader().LoadDirectory(directory.Path);

        Assert.Empty(result.Scenarios);
        Assert.Equal($"{file}:1:1: scenario files end in .yaml; rename it, or it is not loaded", Assert.Single(result.Errors).ToString());
    }

    [Fact]
    public void MissingDirectoryIsAnError()
    {
        var missing = Path.Combine(Path.GetTempPath(), "gameday-no-such-" + Guid.NewGuid().ToString("N"));

        var error = Assert.Single(TestTables.Loader().LoadDirectory(missing).Errors);

        Assert.Equal((missing, "no such directory"), (error.File, error.Message));
    }

    [Fact]
    public void MissingFileIsAnError()
    {
        var missing = Path.Combine(Path.GetTempPath(), "gameday-no-such-" + Guid.NewGuid().ToString("N") + ".yaml");

        var error = Assert.Single(TestTables.Loader().Load(missing).Errors);

        Assert.Equal((missing, 1, 1), (error.File, error.Line, error.Column));
        Assert.StartsWith("cannot read the file: ", error.Message);
    }
}
