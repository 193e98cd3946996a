using GameDay.Contracts;
using GameDay.Contracts.Messages;
using GameDay.Market;

namespace GameDay.RiskManager.Model;

/// Turns a signal into the order risk decides on, a limit a few bps through the signal price. The
/// strategy holds at most one unit (the order notional) per symbol: a signal against the position
/// closes it (in slices no larger than one order may be), a signal with it opens a unit only when
/// flat — so exposure stays bounded however long the stack trades. Quantity 0: nothing to do.
public static class OrderSizer
{
    public static string ClientOrderIdOf(string signalId) => "GD-" + signalId;

    public static ProposedOrder Size(SignalGenerated signal, RiskLimits limits, int position = 0)
    {
        var quantity = signal.Price > 0 ? Quantity(signal, limits, position) : 0;
        var offset = signal.Price * limits.LimitOffsetBps / 10_000m;
        var limit = TickSize.Round(signal.Side == Side.Buy ? signal.Price + offset : signal.Price - offset);
        return new ProposedOrder(ClientOrderIdOf(signal.SignalId), signal.SignalId, signal.Symbol, signal.Side, quantity, limit);
    }

    private static int Quantity(SignalGenerated signal, RiskLimits limits, int position)
    {
        var unit = (int)Math.Max(1m, Math.Floor(Math.Min(limits.OrderNotional / signal.Price, int.MaxValue)));
        var direction = signal.Side == Side.Buy ? 1 : -1;
        if (position == 0) return unit;
        if (Math.Sign(position) == direction) return 0;
        var largestOrder = (int)Math.Max(1m, Math.Min(limits.MaxQuantity, Math.Floor(limits.MaxOrderValue / signal.Price)));
        return Math.Min(Math.Abs(position), largestOrder);
    }
}
