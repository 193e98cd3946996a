using GameDay.Hosting.Processes;

namespace GameDay.Hosting.Runtime;

/// How to run one process; RunAsUser wraps it in setpriv (postgres refuses to run as root).
internal sealed record LaunchSpec(
    string FileName,
    IReadOnlyList<string> Arguments,
    IReadOnlyDictionary<string, string> Environment,
    string WorkingDirectory)
{
    public string? RunAsUser { get; init; }

    public int StopSignal { get; init; } = Native.SIGTERM;
}
