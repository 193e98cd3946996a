using System.Diagnostics;
using System.Runtime.InteropServices;

namespace GameDay.Bench;

/// Starting and stopping the benchmark's processes. Everything a figure starts carries its marker in the environment
/// (GAMEDAY_BENCH_RUN), which children inherit: GameDay's resources, DCP and what DCP starts. After a figure, whatever
/// still carries the marker is left over, wherever in the tree it sits.
internal static partial class Processes
{
    public const string MarkerVariable = "GAMEDAY_BENCH_RUN";

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

    /// Runs a step to completion (killed if the bench is interrupted): its exit code, and the last lines it printed.
    public static async Task<(int Code, OutputTail Output)> RunAsync(string path, IEnumerable<string> args, string workingDirectory,
        IReadOnlyDictionary<string, string>? environment, CancellationToken ct)
    {
        var tail = new OutputTail();
        using var process = Start(path, args, workingDirectory, environment, tail.Add);
        try
        {
            await process.WaitForExitAsync(ct);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }
        return (process.ExitCode, tail);
    }

    /// SIGTERM to each, then waits up to `grace` for everything that carries the marker to exit; what is still there
    /// is killed (SIGKILL) and returned, described by its command line.
    public static async Task<List<string>> StopAsync(IEnumerable<Process> processes, string marker, TimeSpan grace)
    {
        foreach (var process in processes.Where(p => !p.HasExited)) _ = kill(process.Id, SigTerm);
        // Deadlines on the monotonic clock: a benchmark measures real time, and a wall-clock step must not cut a wait.
        var clock = Stopwatch.StartNew();
        while (Marked(marker).Count > 0 && clock.Elapsed < grace) await Task.Delay(100);
        var left = Marked(marker);
        foreach (var pid in left.Keys) _ = kill(pid, SigKill);
        while (Marked(marker).Count > 0 && clock.Elapsed < grace + TimeSpan.FromSeconds(10)) await Task.Delay(100);
        return [.. left.Select(p => $"{p.Key}: {p.Value}")];
    }

    /// The live processes whose environment holds GAMEDAY_BENCH_RUN=marker, with their command lines.
    public static Dictionary<int, string> Marked(string marker)
    {
        var wanted = $"{MarkerVariable}={marker}";
        var found = new Dictionary<int, string>();
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(directory), out var pid)) continue;
            try
            {
                if (File.ReadAllText(Path.Combine(directory, "environ")).Split('\0').Contains(wanted))
                {
                    found[pid] = File.ReadAllText(Path.Combine(directory, "cmdline")).Replace('\0', ' ').Trim();
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Gone meanwhile, or not ours to read.
            }
        }
        return found;
    }

    /// The postgres user must reach its data directories under the benchmark's temporary directory.
    public static void MakeTraversable(string directory) =>
        File.SetUnixFileMode(directory, File.GetUnixFileMode(directory) | UnixFileMode.OtherExecute | UnixFileMode.GroupExecute);

    [LibraryImport("libc", SetLastError = true)]
    private static partial int kill(int pid, int signal);

    [LibraryImport("libc")]
    private static partial uint geteuid();
}
