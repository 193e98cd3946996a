namespace GameDay.Broker.Model;

/// The trading account as the venue reports it: net positions and margin, marked to the model.
public sealed class AccountDesk(BrokerState state)
{
    public IReadOnlyList<PositionView> Positions()
    {
        lock (state.Gate) return state.Account.View();
    }

    public AccountView View()
    {
        lock (state.Gate) return state.Account.View(state.OpenOrders, MarketFeed.MarkOf(state.Market.Now()));
    }
}
