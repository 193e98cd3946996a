namespace GameDay.Contracts.Messages;

/// Published on `orchestrator.commands` by the emergency stop: cancel every open order.
public sealed record CancelAllRequested(string RequestedBy, DateTimeOffset At);
