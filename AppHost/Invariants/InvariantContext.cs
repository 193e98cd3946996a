using Npgsql;

namespace GameDay.AppHost.Invariants;

/// What the global invariants of the failure catalog are evaluated against: the database, the
/// venue (broker, through its admin and client APIs) and the AppHost's view of resource health.
public sealed record InvariantContext(
    NpgsqlDataSource Database,
    VenueReader Venue,
    Func<CancellationToken, Task<IReadOnlyList<ResourceHealth>>> Resources);

public sealed record ResourceHealth(string Name, string State, string? Health);
