namespace GameDay.Hosting;

public static class ResourceBuilderExtensions
{
    /// Injects `ConnectionStrings__<name>` (through the proxy) into the resource's environment.
    public static IResourceBuilder<T> WithReference<T>(this IResourceBuilder<T> builder, IResourceBuilder<IResourceWithConnectionString> source)
        where T : IResource
    {
        Own(builder).References.Add(Own(source));
        return builder;
    }

    /// Injects `services__<name>__http__0` and `<NAME>_HTTP` (through the proxy).
    public static IResourceBuilder<T> WithReference<T>(this IResourceBuilder<T> builder, IResourceBuilder<ProjectResource> source)
        where T : IResource
    {
        Own(builder).References.Add(source.Resource);
        return builder;
    }

    /// Keeps the resource Waiting until the dependency reports Healthy.
    public static IResourceBuilder<T> WaitFor<T>(this IResourceBuilder<T> builder, IResourceBuilder<IResource> dependency)
        where T : IResource
    {
        Own(builder).WaitsFor.Add(Own(dependency));
        return builder;
    }

    public static IResourceBuilder<T> WithEnvironment<T>(this IResourceBuilder<T> builder, string name, string value)
        where T : IResource
    {
        Own(builder).Environment[name] = value;
        return builder;
    }

    private static Resource Own<T>(IResourceBuilder<T> builder)
        where T : IResource =>
        builder.Resource as Resource
            ?? throw new ArgumentException($"{builder.Resource.Name} is not a resource of this hosting runtime.", nameof(builder));
}
