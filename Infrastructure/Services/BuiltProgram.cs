namespace GameDay.Infrastructure.Services;

/// A project's build output, `artifacts/bin/<Project>/<config>/<Project>` (Directory.Build.props sets
/// UseArtifactsOutput), next to the repository's GameDay.sln.
internal static class BuiltProgram
{
    public static string PathOf(string projectPath, string configuration)
    {
        var project = Path.GetFileNameWithoutExtension(projectPath);
        var repository = GameDay.Hosting.RepositoryLocator.FindFrom(Path.GetDirectoryName(projectPath)!)
            ?? throw new InvalidOperationException($"{projectPath} is not inside a GameDay repository (no GameDay.sln above it).");
        return Path.Combine(repository, "artifacts", "bin", project, configuration.ToLowerInvariant(), project);
    }
}
