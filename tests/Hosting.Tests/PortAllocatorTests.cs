using System.Net;
using System.Net.Sockets;
using GameDay.Hosting.Runtime;

namespace GameDay.Hosting.Tests;

public class PortAllocatorTests
{
    [Fact]
    public void PortsAreDistinctAndFreeToBind()
    {
        var allocator = new PortAllocator();
        var ports = Enumerable.Range(0, 50).Select(_ => allocator.Next()).ToList();
        Assert.Equal(ports.Count, ports.Distinct().Count());
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        socket.Bind(new IPEndPoint(IPAddress.Loopback, ports[^1]));
    }
}
