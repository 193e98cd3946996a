namespace GameDay.Hosting;

public static class ResourceCommands
{
    public const string Start = "start";
    public const string Stop = "stop";
    public const string Restart = "restart";
    public const string Kill = "kill";
    public const string Pause = "pause";
    public const string Resume = "resume";

    public static readonly IReadOnlyList<string> All = [Start, Stop, Restart, Kill, Pause, Resume];
}
