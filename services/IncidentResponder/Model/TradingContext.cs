namespace GameDay.IncidentResponder.Model;

/// The orchestrator's `/pnl/status`, as far as classification needs it.
public sealed record PnlContext(string State, string? HaltReason, int OpenPositions, decimal TotalPnl, decimal DailyLossLimit)
{
    public bool IsHalted => State == Contracts.TradingStates.Halted;
}

/// What the trading stack looked like when an alert arrived; either half may be unknown (with why).
public sealed record TradingContext(PnlContext? Pnl, string? PnlUnknownReason, MarketSession Market, string? MarketUnknownReason)
{
    public static TradingContext Unknown(string reason) => new(null, reason, MarketSession.Unknown, reason);
}
