using System.Globalization;
using GameDay.Hosting.Health;
using GameDay.Hosting.Runtime;

namespace GameDay.Hosting;

/// redis-server with AOF on every write, so a restart of redis loses no stream entry.
public sealed class RedisResource : Resource, IResourceWithConnectionString
{
    internal RedisResource(string name, int? port)
        : base(name)
    {
        Endpoint = new Endpoint("tcp", "tcp", port);
    }

    public override string Type => "Redis";

    public string ConnectionStringName => Name;

    public string Password => PasswordSource();

    internal Func<string> PasswordSource { get; set; } = () => throw new InvalidOperationException("The application is not built yet.");

    public string GetConnectionString() =>
        string.Create(CultureInfo.InvariantCulture, $"127.0.0.1:{Endpoint!.PublicPort},password={Password}");

    internal override Task<LaunchSpec> PrepareAsync(LaunchContext context, CancellationToken ct)
    {
        var dir = context.Run.Paths.ResourceData(Name);
        Directory.CreateDirectory(dir);
        // The password goes in a private config file rather than on the command line, where `ps` shows it.
        var config = Path.Combine(dir, "redis.conf");
        Modes.WritePrivate(config, $"requirepass {Password}\n");
        string[] args =
        [
            config, "--bind", "127.0.0.1", "--port", context.TargetPort.ToString(CultureInfo.InvariantCulture),
            "--appendonly", "yes", "--appendfsync", "always", "--save", "",
            "--dir", dir, "--protected-mode", "yes",
        ];
        return Task.FromResult(new LaunchSpec("redis-server", args, context.InheritedEnvironment, dir));
    }

    internal override IHealthProbe CreateHealthProbe(int targetPort) => new RedisHealthProbe(targetPort, Password);
}
