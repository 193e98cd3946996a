using System.Diagnostics;
using System.Runtime.InteropServices;

namespace GameDay.Bench;

/// Starting and stopping the benchmark's processes by pid (SIGTERM, then SIGKILL after a grace period).
internal static partial class Processes
{
    private const int SigTerm = 15;
    private const int SigKill = 9;

    public static bool IsRoot => geteuid() == 0;

    /// `onLine` sees every line of output and error; without it the output is drained and dropped.
    public static Process Start(string path, IEnumerable<string> args, string workingDirectory,
        IReadOnlyDictionary<string, string>? environment = null, Action<string>? onLine = null)
    {
        var info = new ProcessStartInfo(path)
        {
            WorkingDirectory = workingDirectory,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var arg in args) info.ArgumentList.Add(arg);
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) info.Environment[name] = value;
        var process = Process.Start(info) ?? throw new InvalidOperationException($"{path} did not start");
        // Always drained, so that a chatty process never blocks on a full pipe.
        process.OutputDataReceived += (_, e) => { if (e.Data is { } line) onLine?.Invoke(line); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is { } line) onLine?.Invoke(line); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    /// Runs a step to completion: its exit code, and the last lines it printed.
    public static async Task<(int Code, OutputTail Output)> RunAsync(string path, IEnumerable<string> args, string workingDirectory, CancellationToken ct)
    {
        var tail = new OutputTail();
        using var process = Start(path, args, workingDirectory, null, tail.Add);
        await process.WaitForExitAsync(ct);
        return (process.ExitCode, tail);
    }

    /// SIGTERM, and SIGKILL for whatever has not exited within the grace period.
    public static async Task StopAsync(IEnumerable<Process> processes, TimeSpan grace)
    {
        var live = processes.Where(p => !p.HasExited).ToList();
        foreach (var process in live) _ = kill(process.Id, SigTerm);
        using var timeout = new CancellationTokenSource(grace);
        try
        {
            await Task.WhenAll(live.Select(p => p.WaitForExitAsync(timeout.Token)));
        }
        catch (OperationCanceledException)
        {
            foreach (var process in live.Where(p => !p.HasExited)) _ = kill(process.Id, SigKill);
            await Task.WhenAll(live.Select(p => p.WaitForExitAsync()));
        }
    }

    /// The pids of the running processes whose command line contains the fragment.
    public static HashSet<int> Matching(string fragment) => [.. Directory.EnumerateDirectories("/proc")
        .Select(d => int.TryParse(Path.GetFileName(d), out var pid) ? pid : 0)
        .Where(pid => pid > 0 && CommandLine(pid).Contains(fragment, StringComparison.Ordinal))];

    private static string CommandLine(int pid)
    {
        try
        {
            return File.ReadAllText($"/proc/{pid}/cmdline").Replace('\0', ' ');
        }
        catch (IOException)
        {
            return "";
        }
    }

    /// The postgres user must reach its data directories under the benchmark's temporary directory.
    public static void MakeTraversable(string directory) =>
        File.SetUnixFileMode(directory, File.GetUnixFileMode(directory) | UnixFileMode.OtherExecute | UnixFileMode.GroupExecute);

    [LibraryImport("libc", SetLastError = true)]
    private static partial int kill(int pid, int signal);

    [LibraryImport("libc")]
    private static partial uint geteuid();
}
