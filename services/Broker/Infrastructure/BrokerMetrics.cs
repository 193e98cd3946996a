using System.Diagnostics.Metrics;
using GameDay.Broker.Model;

namespace GameDay.Broker.Infrastructure;

/// Meter `GameDay.Broker`: `venue_orders{venue,status,reason}` per status change,
/// `venue_fills{venue}`, `venue_requests{code}` per trading response, and gauges of the venue's
/// mode, market state and quota that the venue alerts read.
public sealed class BrokerMetrics
{
    public const string MeterName = "GameDay.Broker";

    private readonly Meter _meter;
    private readonly Counter<long> _orders;
    private readonly Counter<long> _fills;
    private readonly Counter<long> _requests;

    public BrokerMetrics(IMeterFactory meters)
    {
        _meter = meters.Create(MeterName);
        _orders = _meter.CreateCounter<long>("venue_orders", description: "Orders by venue and status they reached");
        _fills = _meter.CreateCounter<long>("venue_fills", description: "Executions at the venue");
        _requests = _meter.CreateCounter<long>("venue_requests", description: "Trading API responses by HTTP status code");
    }

    public void Request(int statusCode) =>
        _requests.Add(1, new KeyValuePair<string, object?>("code", statusCode.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    public void Observe(Brokerage brokerage)
    {
        var state = brokerage.State;
        state.OrderChanged += order => _orders.Add(1, new("venue", order.Venue), new("status", order.Status),
            new("reason", order.RejectReason ?? ""));
        state.TradeExecuted += trade => _fills.Add(1, new KeyValuePair<string, object?>("venue", trade.Venue));
        _meter.CreateObservableGauge("venue_mode", () => Modes(brokerage), description: "1 for the mode each venue is in");
        _meter.CreateObservableGauge("venue_market_halted", () => Flag(brokerage, s => s.Market == MarketDesk.Halted),
            description: "1 while the market is halted (circuit breaker or manual)");
        _meter.CreateObservableGauge("venue_market_open", () => Flag(brokerage, s => s.Market != MarketDesk.Closed),
            description: "1 during the session (09:15-15:30 IST on the session clock)");
        _meter.CreateObservableGauge("venue_quota_requests_per_second", () => brokerage.Admin.State().RequestsPerSecond,
            description: "Requests per second allowed per access token");
    }

    private static IEnumerable<Measurement<int>> Modes(Brokerage brokerage)
    {
        var modes = brokerage.Admin.State().Modes;
        return from venue in VenueNames.All
               from mode in VenueModes.All
               select new Measurement<int>(modes.GetValueOrDefault(venue) == mode ? 1 : 0,
                   new KeyValuePair<string, object?>("venue", venue), new KeyValuePair<string, object?>("mode", mode));
    }

    private static int Flag(Brokerage brokerage, Func<VenueStatus, bool> predicate) =>
        predicate(brokerage.Market.Status(VenueNames.Primary)) ? 1 : 0;
}
