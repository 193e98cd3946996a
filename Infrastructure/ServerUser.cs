using System.Diagnostics;
using GameDay.Hosting.Runtime;
using Microsoft.Extensions.Logging;

namespace GameDay.Infrastructure;

/// Runs a server's programs as its own system user when the AppHost is root (PostgreSQL refuses root), through
/// `setpriv`, which executes in place: the program is the process DCP started, and its signals reach it.
internal sealed record ServerUser(UnixUser? User)
{
    private const string SetPriv = "/usr/bin/setpriv";

    public static ServerUser For(string systemUser) => new(Environment.IsPrivilegedProcess ? UnixUser.Lookup(systemUser) : null);

    /// The command and arguments that run `program args` as this user.
    public (string Command, string[] Args) Wrap(string program, params string[] args) => User is null
        ? (program, args)
        : (SetPriv, [$"--reuid={User.Name}", $"--regid={User.Name}", "--init-groups", "--", program, .. args]);

    /// Gives the user a file or directory tree it must own (a cluster's data directory).
    public void Own(string path) => User?.ChownRecursive(path);

    /// Runs a preparatory program (initdb) as this user to its end, its output into the resource's log; cancelled, it
    /// is killed, so that nothing goes on writing into a directory the next start will look at.
    public async Task RunAsync(string program, string[] args, ILogger log, CancellationToken ct)
    {
        var (command, wrapped) = Wrap(program, args);
        var start = new ProcessStartInfo(command) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in wrapped) start.ArgumentList.Add(arg);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start.");
        process.OutputDataReceived += (_, e) => { if (e.Data is { Length: > 0 } line) log.LogInformation("{Line}", line); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is { Length: > 0 } line) log.LogWarning("{Line}", line); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await process.WaitForExitAsync(ct);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None);
            throw;
        }
        if (process.ExitCode != 0) throw new InvalidOperationException($"{Path.GetFileName(program)} exited with code {process.ExitCode}; see the resource's log.");
    }
}
