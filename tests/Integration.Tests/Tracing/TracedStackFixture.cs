using GameDay.Hosting;

namespace GameDay.Integration.Tests.Tracing;

/// A stack whose services export their telemetry over OTLP, as they do to the Aspire dashboard, to a receiver
/// the tests read.
public sealed class TracedStackFixture : StackFixture
{
    public OtlpReceiver Otlp { get; private set; } = null!;

    protected override async Task BeforeStartAsync()
    {
        // The services inherit this process's environment; the receiver speaks OTLP over gRPC only.
        if (Environment.GetEnvironmentVariable("OTEL_EXPORTER_OTLP_PROTOCOL") is { Length: > 0 } protocol && protocol != "grpc")
        {
            throw new InvalidOperationException($"OTEL_EXPORTER_OTLP_PROTOCOL={protocol} is set; the traced stack's receiver takes grpc only.");
        }
        Otlp = await OtlpReceiver.StartAsync();
    }

    protected override void Configure(DistributedApplicationOptions options) => options.OtlpEndpoint = Otlp.Url;

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        if (Otlp is not null) await Otlp.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class TracedStackCollection : ICollectionFixture<TracedStackFixture>
{
    public const string Name = "traced stack";
}
