using GameDay.Orchestrator.Model;

namespace GameDay.Orchestrator.Infrastructure;

/// The last state and PnL seen, for the metric gauges (which must not query the database).
public sealed class StatusSnapshot
{
    private TradingStatus? _state;
    private PnlSnapshot _pnl = PnlSnapshot.Empty;

    public TradingStatus? State => Volatile.Read(ref _state);

    public PnlSnapshot Pnl => Volatile.Read(ref _pnl);

    public void Update(TradingStatus state) => Volatile.Write(ref _state, state);

    public void Update(PnlSnapshot pnl) => Volatile.Write(ref _pnl, pnl);
}
