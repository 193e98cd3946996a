using GameDay.ServiceDefaults.Workers;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace GameDay.Services.Tests.Workers;

/// Issue 20: a loop survives whatever its rounds throw, waits a bounded back-off, logs once per streak and says so in
/// its metrics; only the host's stop ends it.
public sealed class WorkerLoopTests
{
    /// The exception that stopped the execution engine in CI (StackExchange.Redis, a connection torn down under a writer).
    private static InvalidOperationException UnknownToTheService() => new("Writing is not allowed after writer was completed.");

    private readonly WaitingClock clock = new();
    private readonly FakeLogger logger = new();
    private readonly string name = "test-" + Guid.NewGuid().ToString("N")[..8];

    [Fact]
    public async Task AnExceptionNobodyForesawIsRetriedAfterADoublingBoundedBackoffAndNeverEndsTheLoop()
    {
        var loop = new WorkerLoop(name, clock, logger);
        var rounds = new Rounds(clock);
        using var stop = new CancellationTokenSource();
        var run = loop.RunAsync(_ => rounds.Start() <= 6 ? throw UnknownToTheService() : Task.FromResult(TimeSpan.FromSeconds(1)), stop.Token);

        var previous = await rounds.NextAsync();
        foreach (var expected in new[] { 1, 2, 4, 5, 5, 5 }.Select(s => TimeSpan.FromSeconds(s)))
        {
            await clock.WaitForWaiterAsync();
            clock.Advance(expected - TimeSpan.FromMilliseconds(1));
            Assert.False(rounds.TryNext(out _), $"a round ran before the back-off of {expected} was over");
            clock.Advance(TimeSpan.FromMilliseconds(1));
            var at = await rounds.NextAsync();
            Assert.Equal(expected, at - previous);
            previous = at;
        }

        Assert.False(run.IsCompleted, "the loop ended");
        Assert.Equal(0, loop.ConsecutiveFailures);
        await stop.CancelAsync();
        await run;
    }

    [Fact]
    public async Task AFailureStreakIsLoggedWhenItStartsAndWhenItEnds()
    {
        var loop = new WorkerLoop(name, clock, logger);
        var rounds = new Rounds(clock);
        using var stop = new CancellationTokenSource();
        var run = loop.RunAsync(_ => rounds.Start() <= 4 ? throw UnknownToTheService() : Task.FromResult(TimeSpan.FromSeconds(1)), stop.Token);
        while (rounds.Count < 5)
        {
            await clock.WaitForWaiterAsync();
            clock.Advance(TimeSpan.FromSeconds(5));
        }

        var records = logger.Collector.GetSnapshot();
        var failing = Assert.Single(records, r => r.Level == LogLevel.Warning);
        Assert.IsType<InvalidOperationException>(failing.Exception);
        Assert.Contains(name, failing.Message);
        Assert.Contains("Writing is not allowed after writer was completed.", failing.Message);
        var recovered = Assert.Single(records, r => r.Level == LogLevel.Information);
        Assert.Contains("works again after 4 failed rounds", recovered.Message);
        await stop.CancelAsync();
        await run;
    }

    [Fact]
    public async Task TheMetricsCountEveryFailedRoundAndShowTheLoopFailingUntilARoundSucceeds()
    {
        using var failures = new MetricCollector<long>(null, "GameDay.Workers", "worker_round_failures");
        using var failing = new MetricCollector<long>(null, "GameDay.Workers", "worker_failing");
        var loop = new WorkerLoop(name, clock, logger);
        var rounds = new Rounds(clock);
        var failUntil = 3;
        using var stop = new CancellationTokenSource();
        var run = loop.RunAsync(_ => rounds.Start() <= failUntil ? throw UnknownToTheService() : Task.FromResult(TimeSpan.FromSeconds(1)), stop.Token);

        await rounds.NextAsync();
        Assert.Equal(1, Sum(failing));
        while (rounds.Count < 4)
        {
            await clock.WaitForWaiterAsync();
            clock.Advance(TimeSpan.FromSeconds(5));
        }

        Assert.Equal(3, Sum(failures));
        Assert.Equal(0, Sum(failing));
        await stop.CancelAsync();
        await run;
    }

    [Fact]
    public async Task AnOperationCanceledThatIsNotTheStopIsAFailureLikeAnyOther()
    {
        // An HTTP client's timeout throws TaskCanceledException; only the host's own stop may end the loop.
        var loop = new WorkerLoop(name, clock, logger);
        var rounds = new Rounds(clock);
        using var stop = new CancellationTokenSource();
        var run = loop.RunAsync(_ => rounds.Start() == 1 ? throw new TaskCanceledException("The request was canceled due to the configured HttpClient.Timeout") : Task.FromResult(TimeSpan.FromSeconds(1)), stop.Token);

        await rounds.NextAsync();
        await clock.WaitForWaiterAsync();
        clock.Advance(TimeSpan.FromSeconds(1));
        await rounds.NextAsync();
        Assert.False(run.IsCompleted);
        await stop.CancelAsync();
        await run;
    }

    [Fact]
    public async Task TheStopEndsTheLoopQuietlyEvenInTheMiddleOfABackoff()
    {
        var loop = new WorkerLoop(name, clock, logger);
        using var stop = new CancellationTokenSource();
        var run = loop.RunAsync(_ => throw UnknownToTheService(), stop.Token);
        await clock.WaitForWaiterAsync();

        await stop.CancelAsync();
        await run.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.True(run.IsCompletedSuccessfully);
    }

    [Fact]
    public async Task APeriodicLoopKeepsItsRhythmAndWaitsOutTheBackoffInWholeIntervals()
    {
        var loop = new WorkerLoop(name, clock, logger);
        var rounds = new Rounds(clock);
        using var stop = new CancellationTokenSource();
        var interval = TimeSpan.FromMilliseconds(1500);
        // Rounds 2 and 3 fail: a back-off of 1 s rounds up to one interval, 2 s to two.
        var run = loop.RunPeriodicAsync(interval, _ => rounds.Start() is 2 or 3 ? throw UnknownToTheService() : Task.CompletedTask, stop.Token);

        var start = await rounds.NextAsync();
        var expected = new[] { 1.5, 3.0, 6.0, 7.5 };
        foreach (var seconds in expected)
        {
            await clock.WaitForWaiterAsync();
            clock.Advance(start + TimeSpan.FromSeconds(seconds) - clock.GetUtcNow());
            Assert.Equal(TimeSpan.FromSeconds(seconds), await rounds.NextAsync() - start);
        }

        await stop.CancelAsync();
        await run;
    }

    [Fact]
    public async Task APeriodicRoundThatOverrunsItsIntervalIsFollowedAtOnceNotByABurst()
    {
        var loop = new WorkerLoop(name, clock, logger);
        var rounds = new Rounds(clock);
        using var stop = new CancellationTokenSource();
        var run = loop.RunPeriodicAsync(TimeSpan.FromSeconds(1), _ =>
        {
            // The first round takes three and a half intervals.
            if (rounds.Start() == 1) clock.Advance(TimeSpan.FromSeconds(3.5));
            return Task.CompletedTask;
        }, stop.Token);

        var first = await rounds.NextAsync();
        Assert.Equal(TimeSpan.FromSeconds(3.5), await rounds.NextAsync() - first);
        await clock.WaitForWaiterAsync();
        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(TimeSpan.FromSeconds(4.5), await rounds.NextAsync() - first);
        await stop.CancelAsync();
        await run;
    }

    [Fact]
    public async Task UntilDoneRetriesANotYetAfterItsPauseAndAFailureAfterTheBackoff()
    {
        var loop = new WorkerLoop(name, clock, logger);
        var rounds = new Rounds(clock);
        var run = loop.RunUntilDoneAsync(_ => rounds.Start() switch
        {
            1 => Task.FromResult(false),
            2 => throw UnknownToTheService(),
            _ => Task.FromResult(true),
        }, TimeSpan.FromSeconds(2), CancellationToken.None);

        var first = await rounds.NextAsync();
        await clock.WaitForWaiterAsync();
        clock.Advance(TimeSpan.FromSeconds(2));
        Assert.Equal(TimeSpan.FromSeconds(2), await rounds.NextAsync() - first);
        await clock.WaitForWaiterAsync();
        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(TimeSpan.FromSeconds(3), await rounds.NextAsync() - first);
        Assert.True(await run.WaitAsync(TimeSpan.FromSeconds(10)));
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 2)]
    [InlineData(3, 4)]
    [InlineData(4, 5)]
    [InlineData(1000, 5)]
    public void TheDefaultBackoffDoublesFromOneSecondUpToFive(int failures, int seconds) =>
        Assert.Equal(TimeSpan.FromSeconds(seconds), WorkerBackoff.Default.After(failures));

    [Theory]
    [InlineData(typeof(WorkerLoopTests), "worker-loop-tests")]
    [InlineData(typeof(global::GameDay.ExecutionEngine.Workers.FillPoller), "fill-poller")]
    public void AWholeClassLoopIsNamedInKebabCase(Type type, string expected) => Assert.Equal(expected, WorkerLoop.NameOf(type));

    private long Sum(MetricCollector<long> collector) => collector.GetMeasurementSnapshot()
        .Where(m => m.Tags.TryGetValue("worker", out var worker) && (string?)worker == name)
        .Sum(m => m.Value);
}
