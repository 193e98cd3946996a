using GameDay.Contracts;

namespace GameDay.ExecutionEngine.Model;

/// The order life cycle of docs/architecture.md, "Streams and the no-loss pattern". Anything not listed is illegal and refused.
public static class OrderStateMachine
{
    private static readonly Dictionary<OrderStatus, OrderStatus[]> Allowed = new()
    {
        [OrderStatus.Initialized] = [OrderStatus.Denied, OrderStatus.Submitted],
        [OrderStatus.Submitted] =
        [
            OrderStatus.Accepted, OrderStatus.Rejected, OrderStatus.PartiallyFilled, OrderStatus.Filled,
            OrderStatus.PendingCancel, OrderStatus.Canceled, OrderStatus.Expired,
        ],
        [OrderStatus.Accepted] =
        [
            OrderStatus.PartiallyFilled, OrderStatus.Filled, OrderStatus.PendingCancel, OrderStatus.Canceled,
            OrderStatus.Expired,
        ],
        [OrderStatus.PartiallyFilled] =
            [OrderStatus.Filled, OrderStatus.PendingCancel, OrderStatus.Canceled, OrderStatus.Expired],
        // A fill can race a cancel request, so fills stay legal while the cancel is pending.
        [OrderStatus.PendingCancel] =
            [OrderStatus.PartiallyFilled, OrderStatus.Filled, OrderStatus.Canceled, OrderStatus.Expired],
    };

    public static IReadOnlyCollection<OrderStatus> Terminal { get; } =
        [OrderStatus.Denied, OrderStatus.Rejected, OrderStatus.Filled, OrderStatus.Canceled, OrderStatus.Expired];

    /// Statuses in which the order may be working at a venue.
    public static IReadOnlyCollection<OrderStatus> Open { get; } =
        [OrderStatus.Submitted, OrderStatus.Accepted, OrderStatus.PartiallyFilled, OrderStatus.PendingCancel];

    public static bool IsTerminal(OrderStatus status) => Terminal.Contains(status);

    public static bool CanTransition(OrderStatus from, OrderStatus to) =>
        Allowed.TryGetValue(from, out var targets) && targets.Contains(to);

    public static IReadOnlyCollection<OrderStatus> TargetsOf(OrderStatus from) =>
        Allowed.TryGetValue(from, out var targets) ? targets : [];
}
