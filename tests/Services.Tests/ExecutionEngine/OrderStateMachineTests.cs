using GameDay.Contracts;
using GameDay.ExecutionEngine.Model;

namespace GameDay.Services.Tests.ExecutionEngine;

public class OrderStateMachineTests
{
    private static readonly (OrderStatus From, OrderStatus To)[] Legal =
    [
        (OrderStatus.Initialized, OrderStatus.Denied), (OrderStatus.Initialized, OrderStatus.Submitted),
        (OrderStatus.Submitted, OrderStatus.Accepted), (OrderStatus.Submitted, OrderStatus.Rejected),
        (OrderStatus.Submitted, OrderStatus.PartiallyFilled), (OrderStatus.Submitted, OrderStatus.Filled),
        (OrderStatus.Submitted, OrderStatus.PendingCancel), (OrderStatus.Submitted, OrderStatus.Canceled),
        (OrderStatus.Submitted, OrderStatus.Expired),
        (OrderStatus.Accepted, OrderStatus.PartiallyFilled), (OrderStatus.Accepted, OrderStatus.Filled),
        (OrderStatus.Accepted, OrderStatus.PendingCancel), (OrderStatus.Accepted, OrderStatus.Canceled),
        (OrderStatus.Accepted, OrderStatus.Expired),
        (OrderStatus.PartiallyFilled, OrderStatus.Filled), (OrderStatus.PartiallyFilled, OrderStatus.PendingCancel),
        (OrderStatus.PartiallyFilled, OrderStatus.Canceled), (OrderStatus.PartiallyFilled, OrderStatus.Expired),
        (OrderStatus.PendingCancel, OrderStatus.PartiallyFilled), (OrderStatus.PendingCancel, OrderStatus.Filled),
        (OrderStatus.PendingCancel, OrderStatus.Canceled), (OrderStatus.PendingCancel, OrderStatus.Expired),
    ];

    public static TheoryData<OrderStatus, OrderStatus> LegalTransitions()
    {
        var data = new TheoryData<OrderStatus, OrderStatus>();
        foreach (var (from, to) in Legal) data.Add(from, to);
        return data;
    }

    public static TheoryData<OrderStatus, OrderStatus> IllegalTransitions()
    {
        var data = new TheoryData<OrderStatus, OrderStatus>();
        foreach (var from in Enum.GetValues<OrderStatus>())
        {
            foreach (var to in Enum.GetValues<OrderStatus>())
            {
                if (from != to && !Legal.Contains((from, to))) data.Add(from, to);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(LegalTransitions))]
    public void StateMachineAcceptsEveryLegalTransition(OrderStatus from, OrderStatus to)
    {
        Assert.True(OrderStateMachine.CanTransition(from, to));
    }

    [Theory]
    [MemberData(nameof(IllegalTransitions))]
    public void StateMachineRefusesEveryOtherTransition(OrderStatus from, OrderStatus to)
    {
        Assert.False(OrderStateMachine.CanTransition(from, to));
    }

    [Fact]
    public void TerminalStatesHaveNoWayOut()
    {
        foreach (var terminal in OrderStateMachine.Terminal)
        {
            Assert.Empty(OrderStateMachine.TargetsOf(terminal));
        }
    }

    [Fact]
    public void AnInitializedOrderCannotBeFilledWithoutBeingSubmitted()
    {
        Assert.False(OrderStateMachine.CanTransition(OrderStatus.Initialized, OrderStatus.Filled));
        Assert.False(OrderStateMachine.CanTransition(OrderStatus.Filled, OrderStatus.Canceled));
    }

    [Theory]
    [InlineData(OrderStatus.PartiallyFilled, "PARTIALLY_FILLED")]
    [InlineData(OrderStatus.PendingCancel, "PENDING_CANCEL")]
    [InlineData(OrderStatus.Initialized, "INITIALIZED")]
    public void StatusesAreStoredInUpperSnakeCase(OrderStatus status, string text)
    {
        Assert.Equal(text, status.ToText());
        Assert.Equal(status, OrderStatusText.Parse(text));
    }
}
