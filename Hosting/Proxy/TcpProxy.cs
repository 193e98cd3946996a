using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace GameDay.Hosting.Proxy;

/// The AppHost-owned listener in front of one endpoint (Aspire's DCP proxy) and where network faults are injected.
/// The public port stays fixed for the whole run; the target moves with every restart of the process.
/// Faults degrade the primary path; an operator may move the traffic to the clean standby path (ProxyPath).
public sealed class TcpProxy(string name, int port, TimeProvider time) : IAsyncDisposable
{
    private readonly ConcurrentDictionary<long, ProxyConnection> connections = new();
    private readonly CancellationTokenSource stopping = new();
    private Socket? listener;
    private Task? acceptLoop;
    private long nextId;
    private int open;
    private volatile int targetPort;
    private volatile ProxySettings settings = ProxySettings.PassThrough;
    private volatile int path = (int)ProxyPath.Primary;

    public string Name { get; } = name;

    public int Port { get; private set; } = port;

    /// 0 while the process is down: new clients are closed at once instead of hanging.
    public int TargetPort { get => targetPort; set => targetPort = value; }

    /// The path new connections take.
    public ProxyPath Path => (ProxyPath)path;

    /// The primary path's faults, assigned as a whole at run time; live connections pick it up on their next chunk.
    /// Reset aborts every live connection of the primary path; lifting a blackhole resets the connections it swallowed
    /// (they have no upstream).
    public ProxySettings Settings
    {
        get => settings;
        set
        {
            ArgumentNullException.ThrowIfNull(value);
            if (ProxySettings.Validate(value) is { } error)
            {
                throw new ArgumentException(error, nameof(value));
            }

            settings = value;
            if (value.Reset)
            {
                Close(c => c.Path == ProxyPath.Primary);
            }
            else if (!value.Blackhole)
            {
                CloseSwallowed();
            }
        }
    }

    /// What a connection on this path goes through: the faults on the primary path, nothing on the standby one.
    public ProxySettings SettingsOn(ProxyPath on) => on == ProxyPath.Primary ? settings : ProxySettings.PassThrough;

    /// Moves new connections to a path. A route change (`moveLive`, an operator's failover or failback) also resets
    /// the live connections of the path left, so that clients reconnect over the new one; a repair of the primary
    /// (a network fault's revert) moves only new connections, and the ones on the clean standby path carry on.
    /// Returns how many connections were reset.
    public int UsePath(ProxyPath to, bool moveLive = true)
    {
        var from = (ProxyPath)Interlocked.Exchange(ref path, (int)to);
        return from == to || !moveLive ? 0 : Close(c => c.Path == from);
    }

    public IReadOnlyList<ProxyConnectionInfo> Connections => connections.Values.Select(c => c.Info).OrderBy(c => c.Id).ToList();

    public void Start()
    {
        listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        listener.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
        try
        {
            listener.Bind(new IPEndPoint(IPAddress.Loopback, Port));
        }
        catch (SocketException e) when (e.SocketErrorCode == SocketError.AddressAlreadyInUse)
        {
            listener.Dispose();
            throw new InvalidOperationException($"port {Port} for '{Name}' is already in use by another program.", e);
        }

        listener.Listen(512);
        Port = ((IPEndPoint)listener.LocalEndPoint!).Port;
        acceptLoop = AcceptLoopAsync(listener);
    }

    public bool CloseConnection(long id)
    {
        if (!connections.TryGetValue(id, out var connection))
        {
            return false;
        }

        connection.Abort();
        return true;
    }

    public int CloseAll() => Close(_ => true);

    private int Close(Func<ProxyConnection, bool> which)
    {
        var chosen = connections.Values.Where(which).ToList();
        chosen.ForEach(c => c.Abort());
        return chosen.Count;
    }

    private void CloseSwallowed()
    {
        foreach (var connection in connections.Values.Where(c => !c.HasUpstream))
        {
            connection.Abort();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        listener?.Dispose();
        CloseAll();
        if (acceptLoop is not null)
        {
            await acceptLoop;
        }

        stopping.Dispose();
    }

    private async Task AcceptLoopAsync(Socket socket)
    {
        while (!stopping.IsCancellationRequested)
        {
            Socket client;
            try
            {
                client = await socket.AcceptAsync(stopping.Token);
            }
            catch (Exception e) when (e is SocketException or OperationCanceledException or ObjectDisposedException)
            {
                if (stopping.IsCancellationRequested)
                {
                    return;
                }

                continue;
            }

            // Only this loop counts connections up, so the cap check and the increment cannot race each other.
            var route = Path;
            var current = SettingsOn(route);
            if (current.Reset || Volatile.Read(ref open) >= current.ConnectionCap)
            {
                ProxySockets.ResetAndClose(client);
                continue;
            }

            Interlocked.Increment(ref open);
            _ = HandleAsync(client, route, current.Blackhole);
        }
    }

    private async Task HandleAsync(Socket client, ProxyPath route, bool blackholed)
    {
        try
        {
            var target = TargetPort;

            // A blackhole swallows new connections without reaching the target, which may be down as well.
            var upstream = blackholed ? null : await ProxySockets.ConnectAsync(target, stopping.Token);
            if (!ProxySockets.TrySetNoDelay(client) || (upstream is null && !blackholed))
            {
                // Upstream unreachable (or the client already gone): the client sees its connection close, like a refused connect.
                upstream?.Dispose();
                client.Dispose();
                return;
            }

            var connection = new ProxyConnection(
                Interlocked.Increment(ref nextId), client, upstream, upstream is null ? 0 : target, route, () => SettingsOn(route), time);
            connections[connection.Id] = connection;
            try
            {
                // Settings or a path change made while this connection was not listed yet must reach it as they reached the others.
                var now = SettingsOn(route);
                if (now.Reset || (upstream is null && !now.Blackhole) || Path != route)
                {
                    connection.Abort();
                }

                await connection.RunAsync();
            }
            finally
            {
                connections.TryRemove(connection.Id, out _);
            }
        }
        finally
        {
            Interlocked.Decrement(ref open);
        }
    }
}
