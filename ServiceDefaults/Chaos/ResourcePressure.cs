namespace GameDay.ServiceDefaults.Chaos;

/// The process-layer faults a service can only suffer from inside: a memory leak (memory allocated, touched and
/// kept, `leakMbPerSecond` up to `leakCapMb`) and a CPU burn (`cpuCores` threads spinning). Like the scopes'
/// chaos it ends by itself at `ExpiresAt`; ending it drops the leaked memory and stops the threads.
public sealed class ResourcePressure(TimeProvider time) : IDisposable
{
    private const int Chunk = 1 << 20;
    private readonly Lock gate = new();
    private readonly List<byte[]> leaked = [];
    private readonly List<Thread> burners = [];
    private PressureSetting? setting;
    private CancellationTokenSource? burning;
    private DateTimeOffset lastLeak;

    /// The setting in force, or null (none, or past its end).
    public PressureSetting? Current
    {
        get
        {
            lock (gate) return setting is { } s && s.ExpiresAt > time.GetUtcNow() ? s : null;
        }
    }

    public long LeakedBytes
    {
        get
        {
            lock (gate) return (long)leaked.Count * Chunk;
        }
    }

    public int BurningThreads
    {
        get
        {
            lock (gate) return burners.Count;
        }
    }

    public void Set(PressureSetting next)
    {
        lock (gate)
        {
            StopBurning();
            setting = next;
            lastLeak = time.GetUtcNow();
            burning = new CancellationTokenSource();
            for (var i = 0; i < next.CpuCores; i++) burners.Add(StartBurner(burning.Token));
        }
    }

    /// Ends the pressure and frees what leaked; true when some was in force. Clearing again is harmless.
    public bool Clear()
    {
        bool wasActive;
        lock (gate)
        {
            wasActive = setting is { } s && s.ExpiresAt > time.GetUtcNow();
            setting = null;
            StopBurning();
            leaked.Clear();
        }
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        return wasActive;
    }

    /// Called about every 100 ms: leaks what the rate asks since the last tick, ends the pressure past its time.
    public void Tick()
    {
        var expired = false;
        lock (gate)
        {
            if (setting is not { } s) return;
            var now = time.GetUtcNow();
            if (s.ExpiresAt <= now)
            {
                expired = true;
            }
            else
            {
                var due = (long)((now - lastLeak).TotalSeconds * s.LeakMbPerSecond);
                for (var i = 0; i < due && leaked.Count < s.LeakCapMb; i++) leaked.Add(Touched(new byte[Chunk]));
                if (due > 0) lastLeak = now;
            }
        }
        if (expired) Clear();
    }

    public void Dispose()
    {
        Clear();
        lock (gate) burning?.Dispose();
    }

    // Written to, page by page, so that the memory is resident (the working set grows, not only the reservation).
    private static byte[] Touched(byte[] chunk)
    {
        for (var i = 0; i < chunk.Length; i += 4096) chunk[i] = 1;
        return chunk;
    }

    private void StopBurning()
    {
        burning?.Cancel();
        foreach (var thread in burners) thread.Join(TimeSpan.FromSeconds(1));
        burners.Clear();
    }

    private static Thread StartBurner(CancellationToken stop)
    {
        var thread = new Thread(() =>
        {
            var x = 0.0;
            while (!stop.IsCancellationRequested)
            {
                for (var i = 0; i < 100_000; i++) x = Math.Sqrt(x + i);
            }
            GC.KeepAlive(x);
        })
        { IsBackground = true, Name = "chaos-cpu-burn" };
        thread.Start();
        return thread;
    }
}

/// What a process-layer fault asked for, and when it ends by itself.
public sealed record PressureSetting(double LeakMbPerSecond, int LeakCapMb, int CpuCores, DateTimeOffset ExpiresAt, string? RunId, string? FaultId);
