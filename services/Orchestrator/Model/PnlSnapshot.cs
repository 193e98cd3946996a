namespace GameDay.Orchestrator.Model;

public sealed record PnlSnapshot(decimal RealizedPnl, decimal UnrealizedPnl, int OpenPositions)
{
    public static readonly PnlSnapshot Empty = new(0m, 0m, 0);

    public decimal TotalPnl => RealizedPnl + UnrealizedPnl;
}
