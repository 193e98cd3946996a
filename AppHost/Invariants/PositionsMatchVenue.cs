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

    private static async Task<List<string>> CompareAsync(InvariantContext context, CancellationToken cancellationToken)
    {
        var database = new Dictionary<string, long>();
        await foreach (var (symbol, quantity) in Sql.PairsAsync(context.Database,
            "SELECT symbol, quantity::bigint FROM positions WHERE quantity <> 0", cancellationToken))
        {
            database[symbol] = quantity;
        }
        var venue = (await context.Venue.PositionsAsync(cancellationToken))
            .Where(p => p.Quantity != 0).ToDictionary(p => p.Symbol, p => (long)p.Quantity);
        return [.. database.Keys.Union(venue.Keys).Order()
            .Where(s => database.GetValueOrDefault(s) != venue.GetValueOrDefault(s))
            .Select(s => $"{s}: database {database.GetValueOrDefault(s)}, venue {venue.GetValueOrDefault(s)}")];
    }
}
