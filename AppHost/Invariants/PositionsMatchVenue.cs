namespace GameDay.AppHost.Invariants;

/// Invariant 3: positions in PostgreSQL equal the venue's. Fills reach the database a few hundred
/// milliseconds after the venue, so a difference must persist over several reads to count.
public sealed class PositionsMatchVenue(TimeProvider time) : IInvariant
{
    private const int Attempts = 5;

    public string Name => "positions-match-venue";

    public async Task<InvariantResult> CheckAsync(InvariantContext context, CancellationToken cancellationToken)
    {
        List<string> violations = [];
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            violations = await CompareAsync(context, cancellationToken);
            if (violations.Count == 0) break;
            await Task.Delay(TimeSpan.FromSeconds(1), time, cancellationToken);
        }
        return InvariantResult.From(Name, violations);
    }

    private static async Task<List<string>> CompareAsync(InvariantContext context, CancellationToken cancellationToken) =>
    [
        .. (await HeldPositions.ReadAsync(context.Database, context.Venue, cancellationToken))
            .Where(p => !p.Matches).Select(p => $"{p.Symbol}: database {p.Database}, venue {p.Venue}"),
    ];
}
