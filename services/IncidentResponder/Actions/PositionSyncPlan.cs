namespace GameDay.IncidentResponder.Actions;

/// Which database positions `positions.sync-from-venue` sets to the venue's. Only symbols whose quantity differs change,
/// and only those with no fill in flight: a venue trade the engine has not recorded (not yet, or never: a report the
/// venue's feed lost, which the missing-trades runbook records), or one that arrived while the venue was being read
/// (sequence above the first read's), would be counted twice once it is recorded. Those symbols are skipped and named;
/// a later run takes them.
public sealed record PositionSyncPlan(IReadOnlyList<PositionChange> Changes, IReadOnlyList<string> Skipped)
{
    public static PositionSyncPlan Compute(
        IReadOnlyList<VenueHolding> venue, IReadOnlyList<DbHolding> database, IReadOnlyList<VenueFill> fillsBefore,
        IReadOnlyList<VenueFill> fillsAfter, IReadOnlySet<(string Venue, long Sequence)> recorded)
    {
        var readBefore = fillsBefore.GroupBy(f => f.Venue).ToDictionary(g => g.Key, g => g.Max(f => f.Sequence), StringComparer.Ordinal);
        var inFlight = fillsAfter
            .Where(f => f.Sequence > readBefore.GetValueOrDefault(f.Venue) || !recorded.Contains((f.Venue, f.Sequence)))
            .Select(f => f.Symbol).ToHashSet(StringComparer.Ordinal);
        var atVenue = venue.ToDictionary(h => h.Symbol, StringComparer.Ordinal);
        var inDb = database.ToDictionary(h => h.Symbol, StringComparer.Ordinal);
        var changes = new List<PositionChange>();
        var skipped = new List<string>();
        foreach (var symbol in atVenue.Keys.Union(inDb.Keys).Order(StringComparer.Ordinal))
        {
            var v = atVenue.GetValueOrDefault(symbol);
            var d = inDb.GetValueOrDefault(symbol);
            var target = checked((int)(v?.Quantity ?? 0));
            if (d is null ? target == 0 : d.Quantity == target) continue;
            if (inFlight.Contains(symbol)) skipped.Add(symbol);
            else changes.Add(new PositionChange(symbol, d?.Quantity, target, d?.AveragePrice, v?.AveragePrice ?? 0, v?.RealizedPnl ?? 0));
        }
        return new PositionSyncPlan(changes, skipped);
    }

    public string Describe() =>
        (Changes.Count == 0 ? "nothing to change: the database positions equal the venue's" : $"set {Changes.Count} position(s) to the venue's: " +
            string.Join("; ", Changes.Select(c => c.Describe()))) +
        (Skipped.Count == 0 ? "." : $"; skipped (venue fills not yet recorded, run again): {string.Join(", ", Skipped)}.");
}

public sealed record VenueHolding(string Symbol, long Quantity, decimal AveragePrice, decimal RealizedPnl);

public sealed record DbHolding(string Symbol, int Quantity, decimal AveragePrice);

public sealed record VenueFill(string Venue, long Sequence, string Symbol);
