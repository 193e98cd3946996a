using System.Diagnostics;

namespace GameDay.ExecutionEngine.Infrastructure;

/// The engine's own spans: the workers that take an order on after its message was handled (submit, resolve,
/// record a fill) continue the order's trace, kept in `orders.trace_parent`.
public static class ExecutionTelemetry
{
    public static readonly ActivitySource Source = new("GameDay.ExecutionEngine");
}
