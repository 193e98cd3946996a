using System.Diagnostics;
using GameDay.Messaging;

namespace GameDay.ExecutionEngine.Infrastructure;

/// The engine's spans of one order — its submission (with the venue call under it) and each fill — are children of the
/// span that recorded its approval (the row's `trace_parent`), so the order is one trace from the tick to the fill.
public static class OrderTracing
{
    public static readonly ActivitySource Source = new("GameDay.ExecutionEngine");

    public static Activity? Start(string name, string clientOrderId, string? traceParent) =>
        TraceContext.Start(Source, name, ActivityKind.Internal, traceParent)?.SetTag("order.client_order_id", clientOrderId);

    public static Activity? Start(string name, OrderRow order) => Start(name, order.ClientOrderId, order.TraceParent);
}
