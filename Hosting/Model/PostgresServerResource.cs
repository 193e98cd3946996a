using System.Globalization;
using GameDay.Hosting.Health;
using GameDay.Hosting.Processes;
using GameDay.Hosting.Runtime;

namespace GameDay.Hosting;

/// PostgreSQL from Debian's packages, initialised on first run, run as `postgres` when the AppHost is root.
public sealed class PostgresServerResource : Resource, IResourceWithConnectionString
{
    public const string UserName = "trader";

    internal PostgresServerResource(string name, int? port)
        : base(name)
    {
        Endpoint = new Endpoint("tcp", "tcp", port);
    }

    public override string Type => "Postgres";

    public string ConnectionStringName => Name;

    public string Password => PasswordSource();

    internal Func<string> PasswordSource { get; set; } = () => throw new InvalidOperationException("The application is not built yet.");

    public string GetConnectionString() => ConnectionString(null);

    internal string ConnectionString(string? database) =>
        string.Create(CultureInfo.InvariantCulture, $"Host=127.0.0.1;Port={Endpoint!.PublicPort};Username={UserName};Password={Password}")
        + (database is null ? "" : ";Database=" + database);

    internal override async Task<LaunchSpec> PrepareAsync(LaunchContext context, CancellationToken ct)
    {
        var bin = PostgresInstallation.BinDirectory();
        var data = context.Run.Paths.ResourceData(Name);
        var owner = context.Run.RunningAsRoot ? UnixUser.Lookup("postgres") : null;
        if (!File.Exists(Path.Combine(data, "PG_VERSION")))
        {
            await PostgresInstallation.InitAsync(context, bin, data, owner, Password, UserName, ct);
        }

        PostgresInstallation.RemoveStaleLockFile(data, context.Log);

        string[] args =
        [
            "-D", data, "-p", context.TargetPort.ToString(CultureInfo.InvariantCulture),
            "-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=",
            "-c", "max_connections=100", "-c", "fsync=on",
        ];
        return new LaunchSpec(Path.Combine(bin, "postgres"), args, context.InheritedEnvironment, context.Run.Paths.Data)
        {
            RunAsUser = owner?.Name,
            StopSignal = Native.SIGINT, // fast shutdown: SIGTERM (smart) would wait for every client to leave
        };
    }

    internal override IHealthProbe CreateHealthProbe(int targetPort) =>
        new PostgresHealthProbe(targetPort, UserName, Password, "postgres");
}
