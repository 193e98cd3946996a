using GameDay.Chaos.Kinds.Config;
using GameDay.Chaos.Kinds.Data;
using GameDay.Chaos.Kinds.Market;
using GameDay.Chaos.Kinds.Network;
using GameDay.Chaos.Kinds.Process;
using GameDay.Chaos.Kinds.Security;
using GameDay.Chaos.Kinds.Venue;

namespace GameDay.Chaos;

/// Every fault kind of the library.
public static class FaultKinds
{
    public static FaultCatalog Catalog() => new(
    [
        new KillKind(), new StopKind(), new PauseKind(), new MemoryLeakKind(), new CpuBurnKind(),
        new LatencyKind(), new ResetKind(), new BlackholeKind(), new ConnectionCapKind(), new BandwidthKind(),
        new ConfigKind(), new CrashLoopKind(), new TradingLimitsKind(),
        new HoldConnectionsKind(), new LockTableKind(), new InvalidIndexKind(), new PoisonMessagesKind(), new StuckEntryKind(), new PositionDriftKind(),
        new VenueErrorsKind(), new ExpireTokensKind(), new VenueHaltKind(), new VenueReportGapKind(), new VenueLostAcksKind(),
        new AuthBurstKind(),
        new MarketMoveKind(), new TestOrdersKind(),
        new Kinds.App.AppLatencyKind(), new Kinds.App.AppErrorsKind(),
    ]);
}
