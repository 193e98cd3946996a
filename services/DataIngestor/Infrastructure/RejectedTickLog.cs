using System.Collections.Concurrent;

namespace GameDay.DataIngestor.Infrastructure;

/// Rejected quotes waiting to be written to `rejected_ticks` in a batch. Bounded: during a long
/// database outage the oldest are dropped (the counter still has them).
public sealed class RejectedTickLog(DataIngestorOptions options)
{
    private readonly ConcurrentQueue<RejectedTick> _queue = new();

    public void Add(RejectedTick tick)
    {
        _queue.Enqueue(tick);
        while (_queue.Count > options.MaxBufferedRejects) _queue.TryDequeue(out _);
    }

    public IReadOnlyList<RejectedTick> Drain()
    {
        var ticks = new List<RejectedTick>();
        while (_queue.TryDequeue(out var tick)) ticks.Add(tick);
        return ticks;
    }

    public void Restore(IReadOnlyList<RejectedTick> ticks)
    {
        foreach (var tick in ticks) Add(tick);
    }
}

public sealed record RejectedTick(string Symbol, decimal Price, string Reason, string Feed, DateTimeOffset At);
