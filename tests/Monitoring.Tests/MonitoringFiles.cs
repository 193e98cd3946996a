namespace GameDay.Monitoring.Tests;

/// Where the rules, their tests and the catalog ids live: `monitoring/` under the directory holding GameDay.sln.
internal static class MonitoringFiles
{
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static string RulesDirectory => Path.Combine(RepositoryRoot, "monitoring", "rules");

    public static string TestsDirectory => Path.Combine(RepositoryRoot, "monitoring", "tests");

    public static string CatalogIds => Path.Combine(RepositoryRoot, "monitoring", "catalog-ids.txt");

    /// Repository-relative paths, so that test names and promtool's messages stay short.
    public static IReadOnlyList<string> RuleFiles() => Relative(RulesDirectory, "*.rules.yml");

    public static IReadOnlyList<string> TestFiles() => Relative(TestsDirectory, "*.test.yml");

    public static string Absolute(string relative) => Path.Combine(RepositoryRoot, relative);

    private static List<string> Relative(string directory, string pattern) =>
        [.. Directory.GetFiles(directory, pattern).Select(f => Path.GetRelativePath(RepositoryRoot, f)).Order(StringComparer.Ordinal)];

    private static string FindRepositoryRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "GameDay.sln"))) return dir.FullName;
            }
        }

        throw new InvalidOperationException("GameDay.sln not found above the working directory or the test binaries.");
    }
}
