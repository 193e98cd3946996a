namespace GameDay.AppHost.Invariants;

/// Invariant 5: every resource is running and healthy.
public sealed class AllHealthy : IInvariant
{
    public string Name => "all-healthy";

    public async Task<InvariantResult> CheckAsync(InvariantContext context, CancellationToken cancellationToken)
    {
        var resources = await context.Resources(cancellationToken);
        return InvariantResult.From(Name, [.. resources
            .Where(r => r.State != "Running" || r.Health != "Healthy")
            .Select(r => $"{r.Name} is {r.State}{(r.Health is null ? "" : ", " + r.Health)}")]);
    }
}
