using System.Diagnostics.Metrics;
using GameDay.DataIngestor.Model;

namespace GameDay.DataIngestor.Infrastructure;

/// Meter `GameDay.DataIngestor`: `ticks_rejected{reason}` (the bad-ticks alert),
/// `market_data_staleness_seconds{symbol}` (the feed-interruption alert), and failovers.
public sealed class IngestorMetrics
{
    public const string MeterName = "GameDay.DataIngestor";

    private readonly Counter<long> _rejected;
    private readonly Counter<long> _published;
    private readonly Counter<long> _failovers;

    public IngestorMetrics(IMeterFactory meters, QuoteBook quotes, TimeProvider time)
    {
        var meter = meters.Create(MeterName);
        _rejected = meter.CreateCounter<long>("ticks_rejected", description: "Quotes dropped by the data-quality filters");
        _published = meter.CreateCounter<long>("tick_batches_published", description: "TicksReceived messages published to market.ticks");
        _failovers = meter.CreateCounter<long>("feed_failovers", description: "Switches of the active market-data feed");
        // No unit on purpose: the Prometheus exporter would append it to a name that already says seconds.
        meter.CreateObservableGauge("market_data_staleness_seconds", () => Staleness(quotes, time),
            description: "Seconds since the last accepted quote of each symbol");
    }

    public void Rejected(string reason) => _rejected.Add(1, new KeyValuePair<string, object?>("reason", reason));

    public void Published(string feed) => _published.Add(1, new KeyValuePair<string, object?>("feed", feed));

    public void FailedOver(string from, string to) =>
        _failovers.Add(1, new KeyValuePair<string, object?>("from", from), new KeyValuePair<string, object?>("to", to));

    private static IEnumerable<Measurement<double>> Staleness(QuoteBook quotes, TimeProvider time)
    {
        var now = time.GetUtcNow();
        return quotes.Symbols.Select(s => new Measurement<double>(
            Math.Max(0, (now - quotes.LastReceivedAt(s)).TotalSeconds), new KeyValuePair<string, object?>("symbol", s)));
    }
}
