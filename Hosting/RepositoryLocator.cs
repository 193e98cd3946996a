namespace GameDay.Hosting;

/// The repository is the directory holding GameDay.sln (or .slnx): from the working directory up, else from the binaries up.
public static class RepositoryLocator
{
    public static string? Find()
    {
        return Search(Directory.GetCurrentDirectory()) ?? Search(AppContext.BaseDirectory);
    }

    /// The repository holding `start` (a directory inside it).
    public static string? FindFrom(string start) => Search(start);

    private static string? Search(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "GameDay.sln")) || File.Exists(Path.Combine(dir.FullName, "GameDay.slnx")))
            {
                return dir.FullName;
            }
        }

        return null;
    }
}
