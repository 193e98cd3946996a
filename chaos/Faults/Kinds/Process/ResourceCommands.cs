using GameDay.Hosting;

namespace GameDay.Chaos.Kinds.Process;

/// Resource commands as faults use them: a refused command is an error, "already so" is success.
internal static class ResourceCommands
{
    public static async Task<string> RunAsync(FaultContext context, string resource, string command, CancellationToken ct)
    {
        var result = await context.Stack.ExecuteCommandAsync(resource, command, ct);
        if (!result.Succeeded) throw new InvalidOperationException($"{command} {resource}: {result.Message}");
        return result.Message;
    }

    /// Starts (or resumes) the resource unless it is already running: the revert of kill, stop and pause.
    public static async Task<string> EnsureRunningAsync(FaultContext context, string resource, CancellationToken ct)
    {
        var snapshot = context.Stack.Snapshots().First(s => s.Name == resource);
        if (snapshot.Paused) return await RunAsync(context, resource, "resume", ct);
        return snapshot.State is ResourceState.Running or ResourceState.Starting or ResourceState.Waiting
            ? $"{resource} is {snapshot.State}; nothing to do"
            : await RunAsync(context, resource, "start", ct);
    }
}
