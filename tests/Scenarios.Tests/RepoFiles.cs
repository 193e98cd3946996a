namespace GameDay.Scenarios.Tests;

/// The repository root (the directory above the test binaries, or the working directory, holding GameDay.sln).
internal static class RepoFiles
{
    public static string Root { get; } = Find();

    public static string Scenarios => Path.Combine(Root, "scenarios");

    /// monitoring/catalog-ids.txt without its comment lines.
    public static IReadOnlyList<string> CatalogIds { get; } =
        File.ReadAllLines(Path.Combine(Root, "monitoring", "catalog-ids.txt"))
            .Select(line => line.Trim())
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .ToArray();

    private static string Find()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "GameDay.sln"))) return dir.FullName;
            }
        }
        throw new InvalidOperationException("GameDay.sln not found above the test binaries or the working directory.");
    }
}
