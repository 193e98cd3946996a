using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace GameDay.Hosting.Proxy;

/// The AppHost-owned listener in front of one endpoint (Aspire's DCP proxy; where network faults will go).
/// The public port stays fixed for the whole run; the target moves with every restart of the process.
public sealed class TcpProxy(string name, int port, TimeProvider time) : IAsyncDisposable
{
    private readonly ConcurrentDictionary<long, ProxyConnection> connections = new();
    private readonly CancellationTokenSource stopping = new();
    private Socket? listener;
    private Task? acceptLoop;
    private long nextId;
    private volatile int targetPort;

    public string Name { get; } = name;

    public int Port { get; private set; } = port;

    /// 0 while the process is down: new clients are closed at once instead of hanging.
    public int TargetPort { get => targetPort; set => targetPort = value; }

    public ProxySettings Settings { get; set; } = ProxySettings.PassThrough;

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

    public int CloseAll()
    {
        var all = connections.Values.ToList();
        all.ForEach(c => c.Abort());
        return all.Count;
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

            _ = HandleAsync(client);
        }
    }

    private async Task HandleAsync(Socket client)
    {
        var target = TargetPort;
        var upstream = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        client.NoDelay = true;
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stopping.Token);
            timeout.CancelAfter(TimeSpan.FromSeconds(5));
            if (target == 0)
            {
                throw new SocketException((int)SocketError.ConnectionRefused);
            }

            await upstream.ConnectAsync(new IPEndPoint(IPAddress.Loopback, target), timeout.Token);
        }
        catch (Exception e) when (e is SocketException or OperationCanceledException or ObjectDisposedException)
        {
            // Upstream unreachable: the client must see its connection close, like a refused connect.
            upstream.Dispose();
            client.Dispose();
            return;
        }

        var connection = new ProxyConnection(Interlocked.Increment(ref nextId), client, upstream, target, time.GetUtcNow());
        connections[connection.Id] = connection;
        try
        {
            await connection.RunAsync();
        }
        finally
        {
            connections.TryRemove(connection.Id, out _);
        }
    }
}
