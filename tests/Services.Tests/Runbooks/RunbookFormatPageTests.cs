using GameDay.Runbooks;

namespace GameDay.Services.Tests.Runbooks;

/// docs/runbook-format.md documents every action of the catalogue with exactly its parameters, and nothing else.
public sealed class RunbookFormatPageTests
{
    private static readonly string Page = File.ReadAllText(Path.Combine(RepoFiles.Root, "docs", "runbook-format.md"));

    public static TheoryData<string> Actions() => new(ActionCatalogue.Names.Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Actions))]
    public void EveryActionIsDocumentedWithItsParameters(string name)
    {
        var spec = ActionCatalogue.Actions[name];
        var parameters = spec.Required.Concat((spec.Optional ?? []).Select(p => p + "?")).ToList();
        var row = $"| `{name}{(parameters.Count == 0 ? "" : " {" + string.Join(", ", parameters) + "}")}` | {(spec.ChangesSystem ? "yes" : "no")} |";

        Assert.Contains(row, Page, StringComparison.Ordinal);
    }

    [Fact]
    public void TheTableHoldsNoActionTheCatalogueLacks()
    {
        var catalogue = Page[Page.IndexOf("## The action catalogue", StringComparison.Ordinal)..Page.IndexOf("## The condition language", StringComparison.Ordinal)];
        var documented = catalogue.Split('\n')
            .Where(l => l.StartsWith("| `", StringComparison.Ordinal) && (l.Contains("| yes |", StringComparison.Ordinal) || l.Contains("| no |", StringComparison.Ordinal)))
            .Select(l => l[3..].Split(['`', ' '])[0])
            .ToList();

        Assert.Equal(ActionCatalogue.Names.Order(StringComparer.Ordinal), documented.Order(StringComparer.Ordinal));
    }
}
