namespace GameDay.Chaos;

/// One injected fault. Revert must be idempotent and safe to call after a failed or partial inject:
/// it restores what the inject changed (and only that), and says what it did.
public interface IFault
{
    Task<string> InjectAsync(CancellationToken ct);

    Task<string> RevertAsync(CancellationToken ct);
}
