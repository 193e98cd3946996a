using GameDay.Orchestrator.Model;

namespace GameDay.Orchestrator.Infrastructure;

/// Holds the latest InfraSnapshot. The Redis and PostgreSQL loops replace their own part
/// concurrently, so an update retries until it applied to the snapshot it read.
public sealed class InfraState
{
    private InfraSnapshot _current = InfraSnapshot.Empty;

    public InfraSnapshot Current => Volatile.Read(ref _current);

    public InfraSnapshot Update(Func<InfraSnapshot, InfraSnapshot> change)
    {
        while (true)
        {
            var read = Volatile.Read(ref _current);
            var next = change(read);
            if (ReferenceEquals(Interlocked.CompareExchange(ref _current, next, read), read)) return next;
        }
    }
}
