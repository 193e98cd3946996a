using System.Diagnostics;
using System.Text.Json;
using Xunit.Abstractions;

namespace GameDay.Bench.Tests;

/// Issue 11: one run of `./gameday bench startup` measures GameDay, the bare processes and the same processes under
/// Aspire's DCP (which must therefore run on a clean machine) and leaves nothing running. It asserts the figures
/// exist, never how fast they are; the output shows them.
public sealed class StartupBenchTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(8);

    [Fact]
    public async Task OneRunPrintsEachFigureColdAndWarmAndLeavesNothingRunning()
    {
        var json = Path.Combine(Path.GetTempPath(), $"gameday-bench-test-{Guid.NewGuid():N}.json");
        try
        {
            var (code, text) = await RunBenchAsync("startup", "--runs", "1", "--json", json);
            output.WriteLine(text);
            Assert.True(code == 0, $"the bench exited {code}:\n{text}");

            using var figures = JsonDocument.Parse(await File.ReadAllTextAsync(json));
            foreach (var figure in new[] { "gameday", "bare", "aspire" })
            {
                var measured = figures.RootElement.GetProperty("figures").GetProperty(figure);
                foreach (var start in new[] { "coldSeconds", "warmSeconds" })
                {
                    var seconds = Assert.Single(measured.GetProperty(start).EnumerateArray()).GetDouble();
                    Assert.True(seconds > 0, $"{figure} {start}: {seconds}");
                }
                Assert.Contains(measured.GetProperty("label").GetString()!, text, StringComparison.Ordinal);
            }
            Assert.Contains("GameDay ÷ bare", text, StringComparison.Ordinal);
            Assert.Empty(Leftovers());
        }
        finally
        {
            File.Delete(json);
        }
    }

    /// Processes that carry the bench's marker in their environment (everything it starts, and their children).
    private static List<string> Leftovers()
    {
        var left = new List<string>();
        foreach (var directory in Directory.EnumerateDirectories("/proc").Where(d => int.TryParse(Path.GetFileName(d), out _)))
        {
            try
            {
                if (File.ReadAllText(Path.Combine(directory, "environ")).Split('\0').Any(v => v.StartsWith("GAMEDAY_BENCH_RUN=", StringComparison.Ordinal)))
                {
                    left.Add(File.ReadAllText(Path.Combine(directory, "cmdline")).Replace('\0', ' '));
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
            }
        }
        return left;
    }

    private static async Task<(int Code, string Output)> RunBenchAsync(params string[] args)
    {
        // artifacts/bin/GameDay.Bench.Tests/<config>/ → artifacts/bin/GameDay.Bench.Startup/<config>/
        var configuration = Path.GetFileName(AppContext.BaseDirectory.TrimEnd('/'));
        var bench = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "GameDay.Bench.Startup", configuration, "GameDay.Bench.Startup.dll"));
        var info = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add(bench);
        foreach (var arg in args) info.ArgumentList.Add(arg);
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        try
        {
            await process.WaitForExitAsync().WaitAsync(Limit);
        }
        catch (TimeoutException)
        {
            // SIGINT: the bench stops what it started, as on Ctrl+C; it has two minutes for that.
            Process.Start("kill", ["-INT", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])?.WaitForExit();
            try
            {
                await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
            }
            catch (TimeoutException)
            {
                process.Kill(entireProcessTree: true);
            }
            return (-1, $"timed out after {Limit}\n{await stdout}\n{await stderr}");
        }
        return (process.ExitCode, (await stdout + "\n" + await stderr).Trim());
    }
}
