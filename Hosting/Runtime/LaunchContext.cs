namespace GameDay.Hosting.Runtime;

/// Handed to a resource when it prepares a launch: run settings, the inherited environment, its new target port,
/// and the app model (every resource, the control API's URL) for resources whose configuration is generated from it.
internal sealed record LaunchContext(
    RunSettings Run,
    IReadOnlyDictionary<string, string> InheritedEnvironment,
    int TargetPort,
    string InstanceId,
    Action<string> Log,
    Func<LaunchSpec, CancellationToken, Task<int>> RunToCompletionAsync)
{
    public IReadOnlyList<Resource> Resources { get; init; } = [];

    public string ControlUrl { get; init; } = "";
}
