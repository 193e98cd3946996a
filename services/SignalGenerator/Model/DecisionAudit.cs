namespace GameDay.SignalGenerator.Model;

/// One audited decision: the quote, what the engine decided, and the market as the engine saw it then (each
/// symbol's latest prices, up to the audit's depth): what answers "why did we trade?" after the fact.
public sealed record AuditedDecision(string Symbol, long Sequence, DateTimeOffset TickTime, string? Side, IReadOnlyDictionary<string, double[]> Market)
{
    public int Prices => Market.Values.Sum(p => p.Length);
}

/// The latest decisions with their market snapshots, in memory, for GET /signals/audit. Bounded by `capacity`
/// entries, the oldest dropped first: each entry holds `depth` prices of every symbol, so the bound is what keeps it
/// small. A deployment that raises the bound by orders of magnitude turns it into a structure that grows with every
/// quote, until the process runs out of memory; a restart empties it and it grows again at the same rate.
/// Thread-safe: the tick handler writes, the API reads.
public sealed class DecisionAudit(int capacity, int depth)
{
    private readonly Queue<AuditedDecision> entries = new();
    private readonly Lock gate = new();

    public int Capacity => capacity;

    public int Count
    {
        get
        {
            lock (gate) return entries.Count;
        }
    }

    public void Record(AuditedDecision decision)
    {
        if (capacity == 0) return;
        lock (gate)
        {
            entries.Enqueue(decision);
            while (entries.Count > capacity) entries.Dequeue();
        }
    }

    public int Depth => depth;

    /// The newest entries first.
    public IReadOnlyList<AuditedDecision> Latest(int limit)
    {
        lock (gate) return [.. entries.Reverse().Take(limit)];
    }
}
