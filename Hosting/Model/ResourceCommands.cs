namespace GameDay.Hosting;

public static class ResourceCommands
{
    public const string Start = "start";
    public const string Stop = "stop";
    public const string Restart = "restart";
    public const string Kill = "kill";
    public const string Pause = "pause";
    public const string Resume = "resume";

    /// Route the endpoint's traffic over its standby network path (resources with an endpoint only).
    public const string FailoverPath = "failover-path";

    /// Route it back over the primary path.
    public const string FailbackPath = "failback-path";

    public static readonly IReadOnlyList<string> All = [Start, Stop, Restart, Kill, Pause, Resume, FailoverPath, FailbackPath];

    public static bool IsPathCommand(string command) => command is FailoverPath or FailbackPath;
}
