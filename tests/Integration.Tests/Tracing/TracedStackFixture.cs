using GameDay.Hosting;

namespace GameDay.Integration.Tests.Tracing;

/// A stack whose services export their telemetry over OTLP, as they do to the Aspire dashboard, to a receiver
/// the tests read.
public sealed class TracedStackFixture : StackFixture
{
    public OtlpReceiver Otlp { get; private set; } = null!;

    protected override async Task BeforeStartAsync() => Otlp = await OtlpReceiver.StartAsync();

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
