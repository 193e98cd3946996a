namespace GameDay.AppHost.Invariants;

public interface IInvariant
{
    string Name { get; }

    Task<InvariantResult> CheckAsync(InvariantContext context, CancellationToken cancellationToken);
}
