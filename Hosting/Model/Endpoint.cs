using System.Globalization;

namespace GameDay.Hosting;

/// One endpoint: the public port is the AppHost's proxy, the target port the process's own (new at each start).
public sealed class Endpoint(string name, string scheme, int? requestedPort)
{
    public string Name { get; } = name;

    public string Scheme { get; } = scheme;

    /// The fixed public port for `up`; null (or ignored under test) means a random one.
    public int? RequestedPort { get; } = requestedPort;

    public int PublicPort { get; internal set; }

    public int TargetPort { get; internal set; }

    public string Url => string.Create(CultureInfo.InvariantCulture, $"{Scheme}://127.0.0.1:{PublicPort}");
}
