namespace GameDay.Hosting;

/// A resource that a reference turns into `ConnectionStrings__<name>` (always through the proxy port).
public interface IResourceWithConnectionString : IResource
{
    string ConnectionStringName { get; }

    string GetConnectionString();
}
