namespace GameDay.Hosting;

/// Aspire's fluent handle on a resource; covariant so a database builder passes where a connection-string builder is asked.
public interface IResourceBuilder<out T>
    where T : IResource
{
    T Resource { get; }

    DistributedApplicationBuilder ApplicationBuilder { get; }
}
