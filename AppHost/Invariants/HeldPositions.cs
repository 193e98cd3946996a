using Npgsql;

namespace GameDay.AppHost.Invariants;

/// One symbol's open quantity in the database and at the venue (0 where one side holds nothing).
public sealed record PositionPair(string Symbol, long Database, long Venue)
{
    public bool Matches => Database == Venue;
}

/// Open positions in PostgreSQL beside the venue's, by symbol: what invariant 3 compares and the dashboard shows.
public static class HeldPositions
{
    public static async Task<IReadOnlyList<PositionPair>> ReadAsync(NpgsqlDataSource? database, VenueReader venue, CancellationToken cancellationToken)
    {
        var held = new Dictionary<string, long>(StringComparer.Ordinal);
        if (database is not null)
        {
            await foreach (var (symbol, quantity) in Sql.PairsAsync(database,
                "SELECT symbol, quantity::bigint FROM positions WHERE quantity <> 0", cancellationToken))
            {
                held[symbol] = quantity;
            }
        }
        var atVenue = (await venue.PositionsAsync(cancellationToken))
            .Where(p => p.Quantity != 0).ToDictionary(p => p.Symbol, p => (long)p.Quantity, StringComparer.Ordinal);
        return [.. held.Keys.Union(atVenue.Keys).Order(StringComparer.Ordinal)
            .Select(s => new PositionPair(s, held.GetValueOrDefault(s), atVenue.GetValueOrDefault(s)))];
    }
}
