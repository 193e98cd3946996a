using System.ComponentModel;
using System.Diagnostics;

namespace GameDay.Monitoring.Tests;

/// Runs Prometheus's promtool (Debian's package, installed by ./gameday) from the repository root.
internal static class Promtool
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    public static async Task<(int ExitCode, string Output)> RunAsync(params string[] args)
    {
        var info = new ProcessStartInfo("promtool")
        {
            WorkingDirectory = MonitoringFiles.RepositoryRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var arg in args) info.ArgumentList.Add(arg);

        Process process;
        try
        {
            process = Process.Start(info)!;
        }
        catch (Win32Exception ex)
        {
            throw new InvalidOperationException("promtool is not on PATH: install Prometheus (./gameday installs Debian's package).", ex);
        }

        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync().WaitAsync(Timeout);
            return (process.ExitCode, (await stdout + await stderr).Trim());
        }
    }
}
