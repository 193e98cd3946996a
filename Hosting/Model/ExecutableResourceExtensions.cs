namespace GameDay.Hosting;

public static class ExecutableResourceExtensions
{
    /// Gives the executable a proxied HTTP endpoint; the target port reaches it through `portVariable` and `{port}`.
    public static IResourceBuilder<ExecutableResource> WithHttpEndpoint(
        this IResourceBuilder<ExecutableResource> builder, int? port = null, string? portVariable = "PORT")
    {
        builder.Resource.SetHttpEndpoint(port, portVariable);
        return builder;
    }

    public static IResourceBuilder<ExecutableResource> WithHttpHealthCheck(
        this IResourceBuilder<ExecutableResource> builder, string path = "/health")
    {
        builder.Resource.SetHealthPath(path);
        return builder;
    }
}
