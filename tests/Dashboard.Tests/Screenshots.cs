using Microsoft.Playwright;

namespace GameDay.Dashboard.Tests;

/// Each browser test saves what the page showed to artifacts/screenshots/<name>.png (kept by CI with the test results).
public static class Screenshots
{
    public static async Task<string> SaveAsync(IPage page, string name)
    {
        var directory = Path.Combine(RepositoryRoot(), "artifacts", "screenshots");
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        Assert.True(new FileInfo(path).Length > 0, $"screenshot {path} is empty");
        return path;
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "GameDay.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("GameDay.sln not found above the test binaries");
    }
}
