using System.Diagnostics;
using GameDay.Hosting.Runtime;

namespace GameDay.Hosting.Processes;

/// A child started through `setsid` (and `setpriv` to drop root); both exec in place, so Pid is the program itself,
/// leading its own session and process group: Ctrl+C in the terminal does not reach it, and the AppHost decides the order.
internal sealed class ChildProcess
{
    private readonly Process process;
    private readonly TaskCompletionSource<int> exited = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private ChildProcess(Process process, int stopSignal)
    {
        this.process = process;
        StopSignal = stopSignal;
    }

    public int Pid => process.Id;

    public ulong StartTime { get; private set; }

    public int StopSignal { get; }

    public Task<int> Exited => exited.Task;

    public static ChildProcess Start(LaunchSpec spec, Action<string> onLine)
    {
        var info = new ProcessStartInfo("setsid")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = spec.WorkingDirectory,
        };
        foreach (var arg in CommandLine(spec))
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment.Clear();
        foreach (var (key, value) in spec.Environment)
        {
            info.Environment[key] = value;
        }

        var process = new Process { StartInfo = info, EnableRaisingEvents = true };
        var child = new ChildProcess(process, spec.StopSignal);
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { onLine(e.Data); } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { onLine(e.Data); } };
        process.Exited += (_, _) => child.exited.TrySetResult(process.ExitCode);
        process.Start();
        child.StartTime = ProcStat.StartTime(process.Id) ?? 0;
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return child;
    }

    /// The argv after `setsid`: [setpriv --reuid=U --regid=U --init-groups --] program args...
    public static IReadOnlyList<string> CommandLine(LaunchSpec spec)
    {
        var args = new List<string>();
        if (spec.RunAsUser is { } user)
        {
            args.AddRange(["setpriv", $"--reuid={user}", $"--regid={user}", "--init-groups", "--"]);
        }

        args.Add(spec.FileName);
        args.AddRange(spec.Arguments);
        return args;
    }

    public bool Signal(int signal) => Native.Signal(Pid, signal);

    public bool SignalGroup(int signal) => Native.SignalGroup(Pid, signal);
}
