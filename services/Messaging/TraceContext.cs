using System.Diagnostics;

namespace GameDay.Messaging;

/// Carries a trace across a stream entry or a database row as its W3C `traceparent`, so that one order
/// is one trace: tick → signal → risk decision → submission → fill, whichever process and hop it crosses.
public static class TraceContext
{
    /// The ambient activity's traceparent, or null when nothing is traced.
    public static string? Current() => Activity.Current is { IdFormat: ActivityIdFormat.W3C } activity ? activity.Id : null;

    /// Starts an activity under the given traceparent, written by another process or an earlier transaction (the
    /// ambient activity when null or malformed).
    public static Activity? Start(ActivitySource source, string name, ActivityKind kind, string? traceParent) =>
        traceParent is not null && ActivityContext.TryParse(traceParent, null, isRemote: true, out var parent)
            ? source.StartActivity(name, kind, parent)
            : source.StartActivity(name, kind);
}
