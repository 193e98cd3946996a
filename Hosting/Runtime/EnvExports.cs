using System.Globalization;

namespace GameDay.Hosting.Runtime;

/// The `export` lines of `gameday env`, so runbook curl/psql commands work in a shell as written. Each database is
/// `<NAME>_URL` (TRADINGDB_URL, RESPONDERDB_URL); DATABASE_URL is the first one the model declares, the trading
/// database, which is the one the runbooks mean.
internal static class EnvExports
{
    public static IReadOnlyList<string> Build(string adminToken, string controlUrl, IEnumerable<Resource> resources)
    {
        var lines = new List<string> { Line("ADMIN_TOKEN", adminToken) };
        var databaseUrl = default(string);
        foreach (var resource in resources)
        {
            switch (resource)
            {
                case PostgresDatabaseResource db:
                    var url = string.Create(CultureInfo.InvariantCulture,
                        $"postgres://{PostgresServerResource.UserName}:{db.Server.Password}@localhost:{db.Server.Endpoint!.PublicPort}/{db.DatabaseName}");
                    databaseUrl ??= url;
                    lines.Add(Line(EnvironmentBuilder.EnvName(db.Name) + "_URL", url));
                    break;
                case RedisResource redis:
                    lines.Add(Line("REDIS_URL", string.Create(CultureInfo.InvariantCulture,
                        $"redis://:{redis.Password}@localhost:{redis.Endpoint!.PublicPort}")));
                    break;
                case { Endpoint: { Scheme: "http" } endpoint }:
                    // Every HTTP resource: services, Prometheus (PROMETHEUS_URL), Alertmanager (ALERTMANAGER_URL), executables.
                    lines.Add(Line(EnvironmentBuilder.EnvName(resource.Name) + "_URL", Localhost(endpoint.Scheme, endpoint.PublicPort)));
                    break;
            }
        }

        if (databaseUrl is not null) lines.Add(Line("DATABASE_URL", databaseUrl));
        lines.Add(Line("GAMEDAY_CONTROL_URL", controlUrl));
        return lines;
    }

    private static string Localhost(string scheme, int port) => string.Create(CultureInfo.InvariantCulture, $"{scheme}://localhost:{port}");

    /// Single quotes keep the value literal in sh; generated values never contain a quote, but guard anyway.
    private static string Line(string name, string value) => $"export {name}='{value.Replace("'", "'\\''", StringComparison.Ordinal)}'";
}
