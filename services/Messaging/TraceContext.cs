using System.Diagnostics;

namespace GameDay.Messaging;

/// W3C trace context across the hops that are not HTTP calls — an outbox row, a stream entry, an order row waiting
/// for its submitter — so that one order is one trace: tick → signal → risk decision → submission → fill. What is
/// kept is the `traceparent` text of the span that caused the message; the next hop's span takes it as its parent.
public static class TraceContext
{
    /// The current span's `traceparent`, or null when no span is being recorded.
    public static string? Current() => Activity.Current is { IdFormat: ActivityIdFormat.W3C } activity ? activity.Id : null;

    /// The parent a span takes from a kept `traceparent`; default (no parent) when there is none or it does not parse.
    public static ActivityContext Parent(string? traceParent) =>
        ActivityContext.TryParse(traceParent, null, isRemote: true, out var context) ? context : default;

    /// A span of `source` whose parent is the kept `traceparent`, or the current span when there is none (a default
    /// parent context is the current span's).
    public static Activity? Start(ActivitySource source, string name, ActivityKind kind, string? traceParent) =>
        source.StartActivity(name, kind, Parent(traceParent));
}
