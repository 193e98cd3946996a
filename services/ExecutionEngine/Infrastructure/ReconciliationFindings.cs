namespace GameDay.ExecutionEngine.Infrastructure;

/// What a reconciliation run found; stored as `details` jsonb. It reports, it does not fix.
public sealed record ReconciliationFindings(
    IReadOnlyList<string> MissingInDb, IReadOnlyList<string> UnknownToVenue, IReadOnlyList<PositionMismatch> PositionMismatches,
    IReadOnlyList<string> Duplicates, IReadOnlyList<VenueReplay>? Replays, IReadOnlyList<string> SkippedSymbols, string? Error)
{
    public int MissingTrades => MissingInDb.Count + UnknownToVenue.Count;

    public int Total => MissingTrades + PositionMismatches.Count + Duplicates.Count;

    public static ReconciliationFindings Failed(string error) => new([], [], [], [], null, [], error);
}

public sealed record PositionMismatch(string Symbol, int VenueQuantity, int DbQuantity);
