using System.Diagnostics;
using GameDay.Contracts;
using GameDay.Messaging;
using Microsoft.Extensions.Time.Testing;
using StackExchange.Redis;

namespace GameDay.Services.Tests.Messaging;

/// A stream entry carries the W3C trace context of the span that published it, so that the consumer's span (another
/// process) continues the same trace: one order is one trace across the services.
public sealed class StreamPublisherTests
{
    private readonly ScriptedRedis redis = ScriptedRedis.Create();

    [Fact]
    public async Task AnEntryCarriesItsPublishSpanWhichIsAChildOfTheCurrentSpan()
    {
        using var spans = new SpanRecorder();
        ActivityTraceId trace;
        using (var caller = SpanRecorder.TestSource.StartActivity("handle tick"))
        {
            trace = caller!.TraceId;
            await Publisher().PublishAsync("signals", new Probe("AAPL"), "signal:1");
        }

        var publish = spans.Single(trace, "publish signals");
        Assert.Equal(ActivityKind.Producer, publish.Kind);
        Assert.Equal(spans.Single(trace, "handle tick").SpanId, publish.ParentSpanId);
        Assert.Equal(publish.Id, TraceParentOf(Assert.Single(redis.Added)));
    }

    /// The outbox relay publishes rows written earlier by other spans: the row's kept context is the parent, not
    /// whatever runs in the relay.
    [Fact]
    public async Task AKeptTraceParentIsThePublishSpansParent()
    {
        using var spans = new SpanRecorder();
        var trace = ActivityTraceId.CreateRandom();
        var cause = ActivitySpanId.CreateRandom();

        await Publisher().PublishRawAsync("orders.approved", "approved:1", "OrderApproved", "{}", $"00-{trace}-{cause}-01");

        var publish = spans.Single(trace, "publish orders.approved");
        Assert.Equal(cause, publish.ParentSpanId);
        Assert.Equal(publish.Id, TraceParentOf(Assert.Single(redis.Added)));
    }

    [Fact]
    public void AKeptTraceParentThatDoesNotParseGivesNoParent()
    {
        Assert.Equal(default, TraceContext.Parent("not-a-traceparent"));
        Assert.Equal(default, TraceContext.Parent(null));
        Assert.Equal("0af7651916cd43dd8448eb211c80319c",
            TraceContext.Parent("00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01").TraceId.ToHexString());
    }

    private StreamPublisher Publisher() =>
        new(redis.Multiplexer, new MessagingOptions { ServiceName = "test-publisher" }, new FakeTimeProvider());

    private static string? TraceParentOf(NameValueEntry[] fields) =>
        fields.Where(f => f.Name == StreamFields.TraceParent).Select(f => (string?)f.Value).SingleOrDefault();

    private sealed record Probe(string Symbol);
}
