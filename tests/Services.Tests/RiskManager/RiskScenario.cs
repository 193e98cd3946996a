using GameDay.Contracts;
using GameDay.Contracts.Messages;
using GameDay.RiskManager.Model;

namespace GameDay.Services.Tests.RiskManager;

/// A normal, approvable situation that each test bends in one way.
internal static class RiskScenario
{
    public static readonly DateTimeOffset Now = new(2025, 3, 3, 4, 0, 0, TimeSpan.Zero);

    public static readonly RiskLimits Limits = new RiskOptions().ToLimits();

    public static TradingStatus Active => new(TradingStates.Active, false, null, 0m, 50_000m, 100_000m);

    public static SignalGenerated Signal(string side = Side.Buy, decimal price = 1500m) =>
        new("sig-1", "INFY", side, price, 0.8m, "test", Now.AddSeconds(-1), Now);

    public static ProposedOrder Order(string side = Side.Buy, decimal price = 1500m, RiskLimits? limits = null) =>
        OrderSizer.Size(Signal(side, price), limits ?? Limits);

    public static RiskSnapshot Snapshot(
        TradingStatus? status = null, bool noStatus = false, IReadOnlyDictionary<string, PositionHolding>? positions = null,
        bool noPositions = false, IReadOnlyDictionary<string, ReferencePrice>? references = null,
        IReadOnlyList<DateTimeOffset>? approvals = null, bool decided = false) =>
        new(noStatus ? null : status ?? Active,
            noPositions ? null : positions ?? new Dictionary<string, PositionHolding>(),
            references ?? new Dictionary<string, ReferencePrice> { ["INFY"] = new(1500m, Now.AddSeconds(-1)) },
            approvals ?? [], decided, Now);

    public static Dictionary<string, PositionHolding> Holding(string symbol, int quantity, decimal price) =>
        new() { [symbol] = new PositionHolding(symbol, quantity, price) };

    public static RiskDecision Evaluate(RiskSnapshot snapshot, ProposedOrder? order = null, RiskLimits? limits = null) =>
        new RiskEvaluator().Evaluate(order ?? Order(limits: limits), snapshot, limits ?? Limits);
}
