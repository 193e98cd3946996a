namespace GameDay.Chaos.Kinds.Venue;

/// A venue fault is two admin calls: one that breaks, one that restores (idempotent on the broker's side).
internal sealed class VenueFault(Func<CancellationToken, Task<string>> inject, Func<CancellationToken, Task<string>> revert) : IFault
{
    public Task<string> InjectAsync(CancellationToken ct) => inject(ct);

    public Task<string> RevertAsync(CancellationToken ct) => revert(ct);
}
