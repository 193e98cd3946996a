using GameDay.Hosting;
using GameDay.Hosting.Cli;

namespace GameDay.AppHost.Drills;

/// `./gameday scenarios`: every scenario with its layer and catalog coverage, and the catalog ids no scenario
/// covers yet; `./gameday scenarios validate`: every error with file, line and column (exit 1 if any).
internal static class ScenariosVerb
{
    public static int Run(CliContext cli, string[] args, IReadOnlyList<string> resources)
    {
        var repo = cli.RepositoryRoot;
        var result = ScenarioCatalog.Load(repo, resources);
        foreach (var error in result.Errors) cli.Error.WriteLine(error);
        if (args.Contains("validate"))
        {
            cli.Out.WriteLine(result.Succeeded ? $"{result.Scenarios.Count} scenario files valid" : $"{result.Errors.Count} error(s)");
            return result.Succeeded ? 0 : 1;
        }
        foreach (var s in result.Scenarios)
            cli.Out.WriteLine($"{s.Id,-28} {s.Layer,-9} {s.Expect.Severity}  covers {string.Join(", ", s.Catalog)}  — {s.Title}");
        var catalog = ScenarioCatalog.CatalogIds(repo);
        var covered = result.Scenarios.SelectMany(s => s.Catalog).ToHashSet(StringComparer.Ordinal);
        var missing = catalog.Where(id => !covered.Contains(id)).ToList();
        cli.Out.WriteLine();
        cli.Out.WriteLine($"catalog coverage: {catalog.Count - missing.Count}/{catalog.Count}{(missing.Count == 0 ? "" : $"; not yet: {string.Join(", ", missing)}")}");
        return result.Succeeded ? 0 : 1;
    }
}
