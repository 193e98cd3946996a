namespace GameDay.Hosting.Runtime;

/// Handed to a resource when it prepares a launch: run settings, the inherited environment, its new target port.
internal sealed record LaunchContext(
    RunSettings Run,
    IReadOnlyDictionary<string, string> InheritedEnvironment,
    int TargetPort,
    string InstanceId,
    Action<string> Log,
    Func<LaunchSpec, CancellationToken, Task<int>> RunToCompletionAsync);
