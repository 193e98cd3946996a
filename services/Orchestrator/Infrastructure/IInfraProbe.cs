namespace GameDay.Orchestrator.Infrastructure;

/// Takes one sample of a piece of shared infrastructure; throws when it cannot.
public interface IInfraProbe<T>
{
    Task<T> SampleAsync(CancellationToken cancellationToken);
}
