namespace GameDay.Contracts.Messages;

/// Published on `orchestrator.commands` whenever the trading state changes.
public sealed record TradingStateChanged(string State, string? Reason, string ChangedBy, DateTimeOffset At);
