using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace GameDay.Infrastructure;

/// Runs a server's programs as its own system user when the AppHost is root (PostgreSQL refuses root), through
/// `setpriv`, which executes in place: the program is the process DCP started, and its signals reach it.
internal sealed record ServerUser(string? Name)
{
    private const string SetPriv = "/usr/bin/setpriv";

    public static ServerUser For(string systemUser) => new(Environment.IsPrivilegedProcess ? systemUser : null);

    /// The command and arguments that run `program args` as this user.
    public (string Command, string[] Args) Wrap(string program, params string[] args) => Name is null
        ? (program, args)
        : (SetPriv, [$"--reuid={Name}", $"--regid={Name}", "--init-groups", "--", program, .. args]);

    /// Gives the user a file or directory tree it must own (a cluster's data directory).
    public Task OwnAsync(string path, ILogger log, CancellationToken ct) =>
        Name is null ? Task.CompletedTask : RunToEndAsync("chown", "/usr/bin/chown", ["-R", $"{Name}:{Name}", path], log, ct);

    /// Runs a preparatory program (initdb) as this user to its end, its output into the resource's log.
    public Task RunAsync(string program, string[] args, ILogger log, CancellationToken ct)
    {
        var (command, wrapped) = Wrap(program, args);
        return RunToEndAsync(Path.GetFileName(program), command, wrapped, log, ct);
    }

    private static async Task RunToEndAsync(string name, string command, string[] args, ILogger log, CancellationToken ct)
    {
        var start = new ProcessStartInfo(command) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{command} did not start.");
        process.OutputDataReceived += (_, e) => { if (e.Data is { Length: > 0 } line) log.LogInformation("{Line}", line); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is { Length: > 0 } line) log.LogWarning("{Line}", line); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await process.WaitForExitAsync(ct);
        if (process.ExitCode != 0) throw new InvalidOperationException($"{name} exited with code {process.ExitCode}; see the resource's log.");
    }
}
