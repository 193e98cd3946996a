namespace GameDay.IncidentResponder.Model;

/// The business impact line of messages and post-mortems, from the context seen at classification.
public static class ImpactText
{
    public static string For(Incident incident)
    {
        var where = incident.Resource is null ? "the trading stack" : incident.Resource;
        var context = incident.Classification?.Context;
        var trading = context?.Pnl is { } pnl
            ? $"trading {pnl.State}{(pnl.HaltReason is null ? "" : $" ({pnl.HaltReason})")}, {pnl.OpenPositions} open positions, total PnL {pnl.TotalPnl:0.##} (daily loss limit {pnl.DailyLossLimit:0.##})"
            : "trading context unknown";
        var market = context is null || context.Market == MarketSession.Unknown
            ? "market session unknown"
            : $"market {context.Market.ToString().ToLowerInvariant()}";
        return $"{incident.Severity} on {where}; {trading}; {market}";
    }
}
