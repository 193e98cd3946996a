using System.Globalization;
using System.Text.Json;
using GameDay.Contracts;

namespace GameDay.Chaos.Kinds.Market;

/// `market.test-orders`: order flow a drill can count on. The stack trades only when its strategy crosses, one to twenty
/// orders a minute; a drill whose evidence is what happens to orders (refused, dead-lettered, requeued) places its own.
/// For each of the first `pairs` symbols with a reference price it places a buy and a sell of one unit through the risk
/// manager's test-order route: every pre-trade check applies, and whatever the position one of the two is allowed. The
/// orders are real; the revert has nothing to undo (reconciliation and the invariants follow them like any other).
public sealed class TestOrdersKind : FaultKind
{
    public override string Name => "market.test-orders";
    public override string Layer => FaultLayers.Market;
    public override string Description =>
        "Place a buy and a sell of one unit on each of the first `pairs` (default 2) symbols with a reference price, through the " +
        "risk manager's test-order route (every pre-trade check applies). Nothing to revert: the orders are real.";
    public override bool NeedsTarget => false;
    public override IReadOnlyList<string> Optional => ["pairs"];

    public override string? Validate(FaultSpec spec, FaultContext context) =>
        FaultParameters.Check(() => FaultParameters.InRange("pairs", FaultParameters.Integer(spec, "pairs", 2), 1, 10));

    public override IFault Create(FaultSpec spec, FaultContext context) =>
        new TestOrdersFault(context, (int)FaultParameters.Integer(spec, "pairs", 2));
}

internal sealed class TestOrdersFault(FaultContext context, int pairs) : IFault
{
    public async Task<string> InjectAsync(CancellationToken ct)
    {
        var (_, references) = await AdminRequest.SendAsync(context, ResourceNames.RiskManager, HttpMethod.Get, "/references", null,
            (code, text) => $"the risk manager's reference prices: {code} {text}", ct);
        using var document = JsonDocument.Parse(references);
        var symbols = document.RootElement.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal).Take(pairs).ToList();
        if (symbols.Count == 0) throw new InvalidOperationException("the risk manager has no reference price yet: no tick has reached it");
        var placed = new List<string>();
        foreach (var symbol in symbols)
        {
            foreach (var side in new[] { Side.Buy, Side.Sell })
            {
                var (_, answer) = await AdminRequest.SendAsync(context, ResourceNames.RiskManager, HttpMethod.Post, "/admin/test-orders",
                    new { symbol, side }, (code, text) => $"test order {side} {symbol}: {code} {text}", ct);
                using var order = JsonDocument.Parse(answer);
                placed.Add(order.RootElement.GetProperty("clientOrderId").GetString()!);
            }
        }
        return string.Create(CultureInfo.InvariantCulture, $"{placed.Count} test orders placed: {string.Join(", ", placed)}");
    }

    public Task<string> RevertAsync(CancellationToken ct) =>
        Task.FromResult("nothing to revert: the test orders are real and are followed like any other");
}
