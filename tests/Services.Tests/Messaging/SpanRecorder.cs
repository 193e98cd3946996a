using System.Collections.Concurrent;
using System.Diagnostics;

namespace GameDay.Services.Tests.Messaging;

/// Records every span of GameDay's own sources that ends while it listens, as an OpenTelemetry exporter would receive
/// them. Listeners are process-wide and tests run in parallel: a test picks its spans by the trace it started.
internal sealed class SpanRecorder : IDisposable
{
    public static readonly ActivitySource TestSource = new("GameDay.Tests");

    private readonly ActivityListener listener;

    public SpanRecorder()
    {
        listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name.StartsWith("GameDay.", StringComparison.Ordinal),
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = Stopped.Enqueue,
        };
        ActivitySource.AddActivityListener(listener);
    }

    public ConcurrentQueue<Activity> Stopped { get; } = new();

    public Activity Single(ActivityTraceId trace, string name) =>
        Assert.Single(Stopped, a => a.TraceId == trace && a.DisplayName == name);

    public void Dispose() => listener.Dispose();
}
