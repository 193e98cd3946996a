namespace GameDay.SignalGenerator.Model;

/// One audited decision: the quote, what the engine decided, and the market as the engine saw it then (each
/// symbol's latest prices, up to the audit's depth): what answers "why did we trade?" after the fact.
public sealed record AuditedDecision(string Symbol, long Sequence, DateTimeOffset TickTime, string? Side, IReadOnlyDictionary<string, double[]> Market)
{
    public int Prices => Market.Values.Sum(p => p.Length);
}

/// The latest decisions with their market snapshots, in memory, for GET /signals/audit. Bounded by `capacity`
/// entries, the oldest overwritten first: each entry holds `depth` prices of every symbol, so the bound is what keeps
/// it small. A deployment that raises the bound by orders of magnitude turns it into a structure that grows with every
/// quote, until the process runs out of memory; a restart empties it and it grows again at the same rate.
/// Thread-safe: the tick handler writes, the API reads; a read copies only the entries it returns, so reading a
/// large audit never holds the tick handler up.
public sealed class DecisionAudit(int capacity, int depth)
{
    // A ring that grows to `capacity`, then overwrites its oldest entry (at `next`).
    private readonly List<AuditedDecision> entries = [];
    private readonly Lock gate = new();
    private int next;

    public int Capacity => capacity;

    /// Prices of each symbol an entry keeps.
    public int Depth => depth;

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
            if (entries.Count < capacity) entries.Add(decision);
            else entries[next] = decision;
            next = (next + 1) % capacity;
        }
    }

    /// The newest entries first.
    public IReadOnlyList<AuditedDecision> Latest(int limit)
    {
        lock (gate)
        {
            var count = Math.Min(Math.Max(limit, 0), entries.Count);
            var latest = new List<AuditedDecision>(count);
            for (var i = 1; i <= count; i++) latest.Add(entries[((next - i) % entries.Count + entries.Count) % entries.Count]);
            return latest;
        }
    }
}
