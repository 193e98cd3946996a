using System.Globalization;

namespace GameDay.Hosting.Runtime;

/// The `export` lines of `gameday env`, so runbook curl/psql commands work in a shell as written. Each database is
/// `<NAME>_URL` (TRADINGDB_URL, RESPONDERDB_URL); DATABASE_URL is the first one the model declares, the trading
/// database, which is the one the runbooks mean.
internal static class EnvExports
{
    /// A resource's address for a shell (`Variable`, e.g. TRADINGDB_URL), and whether it is a database.
    public sealed record Address(string Variable, string Url, bool IsDatabase = false)
    {
        public static string VariableOf(string resource) => EnvironmentBuilder.EnvName(resource) + "_URL";
    }

    /// What the runbooks call Redis, whatever the resource's name.
    public const string RedisVariable = "REDIS_URL";

    public static IReadOnlyList<string> Build(string adminToken, string controlUrl, IEnumerable<Resource> resources) =>
        Build(adminToken, controlUrl, resources.Select(AddressOf).OfType<Address>());

    public static IReadOnlyList<string> Build(string adminToken, string controlUrl, IEnumerable<Address> addresses)
    {
        var lines = new List<string> { Line("ADMIN_TOKEN", adminToken) };
        var databaseUrl = default(string);
        foreach (var address in addresses)
        {
            if (address.IsDatabase) databaseUrl ??= address.Url;
            lines.Add(Line(address.Variable, address.Url));
        }

        if (databaseUrl is not null) lines.Add(Line("DATABASE_URL", databaseUrl));
        lines.Add(Line("GAMEDAY_CONTROL_URL", controlUrl));
        return lines;
    }

    public static string DatabaseUrl(string user, string password, int port, string database) =>
        string.Create(CultureInfo.InvariantCulture, $"postgres://{user}:{password}@localhost:{port}/{database}");

    public static string RedisUrl(string password, int port) => string.Create(CultureInfo.InvariantCulture, $"redis://:{password}@localhost:{port}");

    public static string HttpUrl(int port) => string.Create(CultureInfo.InvariantCulture, $"http://localhost:{port}");

    private static Address? AddressOf(Resource resource) => resource switch
    {
        PostgresDatabaseResource db => new Address(Address.VariableOf(db.Name),
            DatabaseUrl(PostgresServerResource.UserName, db.Server.Password, db.Server.Endpoint!.PublicPort, db.DatabaseName), IsDatabase: true),
        RedisResource redis => new Address(RedisVariable, RedisUrl(redis.Password, redis.Endpoint!.PublicPort)),
        // Every HTTP resource: services, Prometheus (PROMETHEUS_URL), Alertmanager (ALERTMANAGER_URL), executables.
        { Endpoint: { Scheme: "http" } endpoint } => new Address(Address.VariableOf(resource.Name), HttpUrl(endpoint.PublicPort)),
        _ => null,
    };

    /// Single quotes keep the value literal in sh; generated values never contain a quote, but guard anyway.
    private static string Line(string name, string value) => $"export {name}='{value.Replace("'", "'\\''", StringComparison.Ordinal)}'";
}
