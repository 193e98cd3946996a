namespace GameDay.AppHost.Invariants;

/// The global invariants of the failure catalog, evaluated in order; a check that cannot run
/// (a table or the venue unreachable) fails with the reason rather than passing silently.
public sealed class InvariantChecker(TimeProvider time)
{
    private readonly IInvariant[] _invariants =
    [
        new NoLostOrder(TimeSpan.FromSeconds(30)),
        new NoDuplicate(),
        new PositionsMatchVenue(time),
        new NoOrderWhileHaltedOrUnapproved(TimeSpan.FromSeconds(1)),
        new AllHealthy(),
    ];

    /// Every invariant, or only those named (a drill's probe asks for one; it should not pay for all five).
    public async Task<IReadOnlyList<InvariantResult>> CheckAsync(
        InvariantContext context, CancellationToken cancellationToken, IReadOnlyCollection<string>? only = null)
    {
        var results = new List<InvariantResult>();
        foreach (var invariant in _invariants.Where(i => only is null || only.Contains(i.Name)))
        {
            try
            {
                results.Add(await invariant.CheckAsync(context, cancellationToken));
            }
            catch (Exception ex) when (ex is Npgsql.NpgsqlException or HttpRequestException or InvalidOperationException or TaskCanceledException)
            {
                results.Add(InvariantResult.From(invariant.Name, [$"could not be evaluated: {ex.Message}"]));
            }
        }
        return results;
    }
}
