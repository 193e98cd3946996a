namespace GameDay.Hosting.Proxy;

/// Per-endpoint proxy behaviour, swapped atomically as a whole record. Only pass-through exists today.
/// Network faults become properties here: the accept path will read the connection cap, reset and blackhole;
/// each pumped chunk will read latency (with jitter) and bandwidth — so a change applies to live connections.
public sealed record ProxySettings
{
    public static ProxySettings PassThrough { get; } = new();
}
