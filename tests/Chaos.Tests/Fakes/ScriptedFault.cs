using System.Collections.Concurrent;

namespace GameDay.Chaos.Tests.Fakes;

/// A fault whose inject waits until the test releases it, and that logs what it did: for the engine's ordering.
internal sealed class ScriptedFault : IFault
{
    private readonly TaskCompletionSource release = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource started = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly ConcurrentQueue<string> log = new();

    public Task InjectStarted => started.Task;

    public IReadOnlyList<string> Log => [.. log];

    /// True while the last thing done was an inject that no revert has undone.
    public bool Applied => log.LastOrDefault() == "injected";

    public void Release() => release.TrySetResult();

    public async Task<string> InjectAsync(CancellationToken ct)
    {
        started.TrySetResult();
        await release.Task;
        log.Enqueue("injected");
        return "applied";
    }

    public Task<string> RevertAsync(CancellationToken ct)
    {
        log.Enqueue("reverted");
        return Task.FromResult("undone");
    }
}
