namespace GameDay.RiskManager.Model;

/// The latest market price of a symbol and the time of the tick that carried it.
public sealed record ReferencePrice(decimal Price, DateTimeOffset At);
