using System.Globalization;

namespace GameDay.Hosting.Runtime;

/// The environment Aspire injects (docs/architecture.md), built purely so it can be unit tested.
internal static class EnvironmentBuilder
{
    public static string EnvName(string resourceName) => resourceName.ToUpperInvariant().Replace('-', '_');

    public static Dictionary<string, string> ForProject(
        IReadOnlyDictionary<string, string> inherited, Resource resource, RunSettings run, int targetPort, string instanceId,
        string controlUrl = "")
    {
        var env = new Dictionary<string, string>(inherited, StringComparer.Ordinal);
        AddReferences(env, resource);
        env["OTEL_SERVICE_NAME"] = resource.Name;
        env["OTEL_RESOURCE_ATTRIBUTES"] = "service.instance.id=" + instanceId;
        if (!string.IsNullOrEmpty(run.OtlpEndpoint))
        {
            env["OTEL_EXPORTER_OTLP_ENDPOINT"] = run.OtlpEndpoint;
        }

        env["ASPNETCORE_URLS"] = string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{targetPort}");
        env["LOGGING__CONSOLE__FORMATTERNAME"] = "simple";
        env["DOTNET_ENVIRONMENT"] = "Development";
        env["ASPNETCORE_ENVIRONMENT"] = "Development";
        env["ADMIN_TOKEN"] = run.AdminToken;
        env["Market__Seed"] = run.Seed.ToString(CultureInfo.InvariantCulture);
        env["Market__Epoch"] = run.EpochText;
        Overlay(env, resource.Environment, run.Paths.ResourceData(resource.Name), controlUrl);
        ApplyOverrides(env, resource);
        return env;
    }

    public static Dictionary<string, string> ForExecutable(IReadOnlyDictionary<string, string> inherited, Resource resource)
    {
        var env = new Dictionary<string, string>(inherited, StringComparer.Ordinal);
        AddReferences(env, resource);
        Overlay(env, resource.Environment);
        ApplyOverrides(env, resource);
        return env;
    }

    public static void AddReferences(IDictionary<string, string> env, Resource resource)
    {
        foreach (var reference in resource.References)
        {
            if (reference is IResourceWithConnectionString withConnection)
            {
                env["ConnectionStrings__" + withConnection.ConnectionStringName] = withConnection.GetConnectionString();
            }
            else if (reference.Endpoint is { } endpoint)
            {
                var url = string.Create(CultureInfo.InvariantCulture, $"{endpoint.Scheme}://127.0.0.1:{endpoint.PublicPort}");
                env[$"services__{reference.Name}__{endpoint.Scheme}__0"] = url;
                env[$"{EnvName(reference.Name)}_{endpoint.Scheme.ToUpperInvariant()}"] = url;
            }
        }
    }

    public static Dictionary<string, string> Inherited()
    {
        var env = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (System.Collections.DictionaryEntry entry in Environment.GetEnvironmentVariables())
        {
            env[(string)entry.Key] = entry.Value as string ?? "";
        }

        return env;
    }

    private static void ApplyOverrides(IDictionary<string, string> env, Resource resource)
    {
        foreach (var (key, value) in resource.ConfigOverrides)
        {
            if (value is null) env.Remove(key);
            else env[key] = value;
        }
    }

    /// `{data}` in a value stands for the resource's own data directory, `{control}` for the control API's URL.
    private static void Overlay(IDictionary<string, string> env, IReadOnlyDictionary<string, string> extra,
        string? dataDirectory = null, string controlUrl = "")
    {
        foreach (var (key, value) in extra)
        {
            var filled = dataDirectory is null ? value : value.Replace("{data}", dataDirectory, StringComparison.Ordinal);
            env[key] = filled.Replace("{control}", controlUrl, StringComparison.Ordinal);
        }
    }
}
