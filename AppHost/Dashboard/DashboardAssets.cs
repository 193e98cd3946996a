using Microsoft.AspNetCore.Hosting;

namespace GameDay.AppHost.Dashboard;

/// The dashboard's static web assets (blazor.web.js, FluentUI's scripts and styles) as the build describes them in
/// GameDay.AppHost.staticwebassets.*.json, beside the AppHost's assembly (also when a test runs it in-process).
internal static class DashboardAssets
{
    private const string Name = "GameDay.AppHost.staticwebassets";

    public static string EndpointsManifest => Path.Combine(Directory, Name + ".endpoints.json");

    public static void Use(IWebHostBuilder web)
    {
        web.UseSetting(WebHostDefaults.StaticWebAssetsKey, Path.Combine(Directory, Name + ".runtime.json"));
        web.UseStaticWebAssets();
    }

    /// The build copies the manifests beside the AppHost's assembly, also into a test project's output.
    private static string Directory => Path.GetDirectoryName(typeof(DashboardAssets).Assembly.Location)!;
}
