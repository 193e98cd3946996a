namespace GameDay.Contracts;

/// Stream names are part of the contract (docs/architecture.md, "Streams and the no-loss pattern"); each has a `<stream>.dlq`.
public static class StreamNames
{
    public const string MarketTicks = "market.ticks";
    public const string Signals = "signals";
    public const string OrdersApproved = "orders.approved";
    public const string OrdersDenied = "orders.denied";
    public const string Executions = "executions";
    public const string OrchestratorCommands = "orchestrator.commands";

    public static readonly IReadOnlyList<string> All =
        [MarketTicks, Signals, OrdersApproved, OrdersDenied, Executions, OrchestratorCommands];

    public static string Dlq(string stream) => stream + ".dlq";
}
