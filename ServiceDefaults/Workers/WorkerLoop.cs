using Microsoft.Extensions.Logging;

namespace GameDay.ServiceDefaults.Workers;

/// The rounds of one background loop (a stream consumer, a poller, a periodic check), made to outlive any
/// failure of what it depends on. A round that throws anything, an exception the service knows or not, is
/// tried again after a bounded back-off: only the host's stop ends the loop, so a dependency that restarts
/// can never stop the host. The failure is logged once per streak (when it starts, with the exception, and
/// when the loop works again), counted in `worker_round_failures_total{worker}`, and `worker_failing{worker}`
/// stays 1 until a round succeeds, for the alert on a loop that keeps failing.
public sealed partial class WorkerLoop
{
    private readonly TimeProvider time;
    private readonly ILogger logger;
    private readonly WorkerBackoff backoff;
    private readonly KeyValuePair<string, object?> tag;
    private DateTimeOffset failingSince;

    public WorkerLoop(string name, TimeProvider time, ILogger logger, WorkerBackoff? backoff = null)
    {
        Name = name;
        this.time = time;
        this.logger = logger;
        this.backoff = backoff ?? WorkerBackoff.Default;
        tag = new("worker", name);
        // The series exists, at 0, before the first failure.
        WorkerMetrics.Failing.Add(0, tag);
    }

    public string Name { get; }

    /// The conventional name of a loop that is a whole class: `FillPoller` is `fill-poller`.
    public static string NameOf(Type worker) => string.Concat(worker.Name.Select((c, i) =>
        char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

    /// Rounds failed in a row; 0 once one succeeds.
    public int ConsecutiveFailures { get; private set; }

    /// How long a failed round waits (also read while stopping, when the round may have been cut short, not failed).
    private TimeSpan RetryDelay => backoff.After(Math.Max(ConsecutiveFailures, 1));

    /// Round after round until the host stops; each round returns how long to wait before the next one.
    public async Task RunAsync(Func<CancellationToken, Task<TimeSpan>> round, CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var (succeeded, pause) = await TryRoundAsync(round, stoppingToken);
            if (!await WaitAsync(succeeded ? pause : RetryDelay, stoppingToken)) return;
        }
    }

    /// A round every `interval` at a fixed rate, the first one at once. When a round overruns its interval the next
    /// starts at once and the rhythm restarts from there (no burst of missed rounds); after a failure the next round
    /// waits out the back-off, rounded up to whole intervals.
    public async Task RunPeriodicAsync(TimeSpan interval, Func<CancellationToken, Task> round, CancellationToken stoppingToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(interval, TimeSpan.Zero);
        var due = time.GetUtcNow();
        while (!stoppingToken.IsCancellationRequested)
        {
            var (succeeded, _) = await TryRoundAsync(async ct => { await round(ct); return true; }, stoppingToken);
            var wait = succeeded ? interval : interval * Math.Ceiling(RetryDelay / interval);
            var now = time.GetUtcNow();
            due += wait;
            if (due < now) due = now;
            if (!await WaitAsync(due - now, stoppingToken)) return;
        }
    }

    /// Attempts until one returns true: false means "not yet" (tried again after `retry`), an exception is a
    /// failure (tried again after the back-off). Returns false only when the host stops first.
    public async Task<bool> RunUntilDoneAsync(Func<CancellationToken, Task<bool>> attempt, TimeSpan retry, CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var (succeeded, done) = await TryRoundAsync(attempt, stoppingToken);
            if (succeeded && done) return true;
            if (!await WaitAsync(succeeded ? retry : RetryDelay, stoppingToken)) return false;
        }
        return false;
    }

    private async Task<(bool Succeeded, T Result)> TryRoundAsync<T>(Func<CancellationToken, Task<T>> round, CancellationToken stoppingToken)
    {
        try
        {
            var result = await round(stoppingToken);
            Succeeded();
            return (true, result);
        }
        catch (Exception) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping: whatever the round was doing was cut short, not broken.
            return (false, default!);
        }
        catch (Exception ex)
        {
            Failed(ex);
            return (false, default!);
        }
    }

    private async Task<bool> WaitAsync(TimeSpan pause, CancellationToken stoppingToken)
    {
        if (stoppingToken.IsCancellationRequested) return false;
        if (pause <= TimeSpan.Zero) return true;
        try
        {
            await Task.Delay(pause, time, stoppingToken);
            return true;
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            return false;
        }
    }

    private void Failed(Exception ex)
    {
        WorkerMetrics.RoundFailures.Add(1, tag);
        if (ConsecutiveFailures++ > 0) return;
        failingSince = time.GetUtcNow();
        WorkerMetrics.Failing.Add(1, tag);
        LogFailing(ex, Name, ex.GetType().Name, ex.Message, backoff.First.TotalSeconds, backoff.Max.TotalSeconds);
    }

    private void Succeeded()
    {
        if (ConsecutiveFailures == 0) return;
        LogRecovered(Name, ConsecutiveFailures, (time.GetUtcNow() - failingSince).TotalSeconds);
        ConsecutiveFailures = 0;
        WorkerMetrics.Failing.Add(-1, tag);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message =
        "{Worker} failed ({ErrorType}: {Reason}); trying again after {FirstSeconds} s, doubling up to {MaxSeconds} s, until it works (counted in worker_round_failures_total, not logged again)")]
    private partial void LogFailing(Exception ex, string worker, string errorType, string reason, double firstSeconds, double maxSeconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Worker} works again after {Failures} failed rounds in {Seconds:0.0} s")]
    private partial void LogRecovered(string worker, int failures, double seconds);
}
