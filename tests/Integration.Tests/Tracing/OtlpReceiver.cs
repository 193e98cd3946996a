using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GameDay.Integration.Tests.Tracing;

/// An OTLP collector of our own over gRPC (cleartext HTTP/2, the exporter's default protocol, as Aspire's dashboard
/// receives it): it keeps every span the services export and answers logs and metrics without keeping them.
public sealed class OtlpReceiver : IAsyncDisposable
{
    private const string GrpcTraceExport = "/opentelemetry.proto.collector.trace.v1.TraceService/Export";

    private readonly WebApplication app;
    private readonly ConcurrentQueue<ReceivedSpan> spans = new();

    private OtlpReceiver(WebApplication app) => this.app = app;

    public string Url { get; private set; } = "";

    public IReadOnlyCollection<ReceivedSpan> Spans => spans;

    public static async Task<OtlpReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0, o => o.Protocols = HttpProtocols.Http2));
        builder.Logging.ClearProviders();
        var receiver = new OtlpReceiver(builder.Build());
        receiver.app.MapPost("/{**service}", receiver.ExportAsync);
        await receiver.app.StartAsync();
        receiver.Url = receiver.app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return receiver;
    }

    private async Task ExportAsync(HttpContext context)
    {
        using var body = new MemoryStream();
        await context.Request.Body.CopyToAsync(body);
        var frame = body.ToArray();
        // A gRPC frame: a compression flag, the message's length, the message. The exporter does not compress.
        context.Response.ContentType = "application/grpc";
        if (frame.Length < 5 || frame[0] != 0 || BinaryPrimitives.ReadUInt32BigEndian(frame.AsSpan(1, 4)) != frame.Length - 5)
        {
            context.Response.AppendTrailer("grpc-status", "12");
            context.Response.AppendTrailer("grpc-message", "one uncompressed message per call, please");
            return;
        }
        if (context.Request.Path == GrpcTraceExport) Keep(frame.AsMemory(5));
        // An empty Export*ServiceResponse, and the gRPC status in the trailers.
        await context.Response.Body.WriteAsync(new byte[5]);
        context.Response.AppendTrailer("grpc-status", "0");
    }

    private void Keep(ReadOnlyMemory<byte> request)
    {
        foreach (var span in OtlpTraceDecoder.Decode(request)) spans.Enqueue(span);
    }

    public async ValueTask DisposeAsync() => await app.DisposeAsync();
}
