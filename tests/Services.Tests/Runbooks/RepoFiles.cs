namespace GameDay.Services.Tests.Runbooks;

/// The repository root: the directory above the test binaries (or the working directory) holding GameDay.sln.
internal static class RepoFiles
{
    public static string Root { get; } = Find();

    public static string Runbooks => Path.Combine(Root, "runbooks");

    public static string Rules => Path.Combine(Root, "monitoring", "rules");

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
