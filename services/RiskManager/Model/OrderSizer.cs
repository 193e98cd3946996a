using GameDay.Contracts;
using GameDay.Contracts.Messages;
using GameDay.Market;

namespace GameDay.RiskManager.Model;

/// Turns a signal into the order risk decides on: a fixed notional, a limit a few bps through the signal price.
public static class OrderSizer
{
    public static string ClientOrderIdOf(string signalId) => "GD-" + signalId;

    public static ProposedOrder Size(SignalGenerated signal, RiskLimits limits)
    {
        var quantity = signal.Price > 0 ? (int)Math.Max(1m, Math.Floor(Math.Min(limits.OrderNotional / signal.Price, int.MaxValue))) : 0;
        var offset = signal.Price * limits.LimitOffsetBps / 10_000m;
        var limit = TickSize.Round(signal.Side == Side.Buy ? signal.Price + offset : signal.Price - offset);
        return new ProposedOrder(ClientOrderIdOf(signal.SignalId), signal.SignalId, signal.Symbol, signal.Side, quantity, limit);
    }
}
