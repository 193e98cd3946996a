using System.Text.RegularExpressions;

namespace GameDay.Scenarios.Tests;

/// The files in the repository's scenarios/ directory, checked with the real catalog ids, resource names and the
/// fault library's kinds (what `./gameday scenarios validate` uses).
public partial class RepositoryScenariosTests
{
    private static readonly IReadOnlyDictionary<string, FaultKindSchema> LibraryKinds = GameDay.Chaos.FaultKinds.Catalog().Schemas();

    [Fact]
    public void EveryScenarioFileInTheRepositoryLoadsWithoutErrors()
    {
        var result = new ScenarioLoader(RepoFiles.CatalogIds, LibraryKinds, TestTables.Resources).LoadDirectory(RepoFiles.Scenarios);

        Assert.True(result.Errors.Count == 0, string.Join('\n', result.Errors));
        var files = Directory.EnumerateFiles(RepoFiles.Scenarios, "*.yaml").Count();
        Assert.Equal(files, result.Scenarios.Count);
    }

    [Fact]
    public void TheReadmeExampleIsAValidScenario()
    {
        var readme = File.ReadAllText(Path.Combine(RepoFiles.Scenarios, "README.md"));
        var example = ExampleBlock().Match(readme);
        Assert.True(example.Success, "scenarios/README.md has no ```yaml block");

        var (result, _) = ScenarioText.Load(example.Groups["yaml"].Value);

        Assert.True(result.Errors.Count == 0, string.Join('\n', result.Errors));
        Assert.Equal("service-crash", Assert.Single(result.Scenarios).Id);
    }

    [GeneratedRegex("```yaml\n(?<yaml>.*?)```", RegexOptions.Singleline)]
    private static partial Regex ExampleBlock();
}
