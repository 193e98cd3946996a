using System.Globalization;
using GameDay.Contracts;
using GameDay.Contracts.Messages;
using GameDay.DataIngestor.Feeds;
using GameDay.DataIngestor.Infrastructure;
using GameDay.DataIngestor.Model;
using GameDay.Messaging;
using GameDay.ServiceDefaults.Workers;

namespace GameDay.DataIngestor.Streams;

/// Once per market step: reads every feed (so that each one's liveness is known), fails over
/// when the active one went silent, filters the active feed's quotes and publishes the accepted
/// ones as one TicksReceived. The message id is the market step, so whichever feed produced a
/// step, consumers see it once.
public sealed partial class TickIngestionService(
    FeedRegistry feeds, FeedSelector selector, MarketTape tape, TickFilter filter, BarAggregator bars,
    QuoteBook quotes, RejectedTickLog rejects, IngestorMetrics metrics, StreamPublisher publisher,
    TimeProvider time, ILogger<TickIngestionService> logger) : BackgroundService
{
    // Timers round their due time down to whole milliseconds: waking exactly on the step boundary
    // would often still read the previous step, publish it late and skip the next one.
    private static readonly TimeSpan WakeMargin = TimeSpan.FromMilliseconds(5);

    private long _lastPublishedStep = -1;
    private bool _publishFailing;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var model = tape.Model;
        await new WorkerLoop("tick-ingestion", time, logger).RunAsync(async ct =>
        {
            var now = time.GetUtcNow();
            await Task.Delay(model.TimeOf(model.StepAt(now) + 1) - now + WakeMargin, time, ct);
            await ProcessStepAsync(model.StepAt(time.GetUtcNow()));
            return TimeSpan.Zero;
        }, stoppingToken);
    }

    private async Task ProcessStepAsync(long step)
    {
        var batches = feeds.All.Select(f => f.Read(step)).OfType<FeedBatch>().ToList();
        foreach (var delivered in batches) selector.Observe(delivered.Feed);
        if (selector.Evaluate() is { } previous)
        {
            metrics.FailedOver(previous, selector.Active);
            LogFailover(previous, selector.Active, selector.Failovers);
        }
        var batch = batches.FirstOrDefault(b => b.Feed == selector.Active);
        if (batch is null || batch.Step <= _lastPublishedStep) return;
        _lastPublishedStep = batch.Step;
        var accepted = Filter(batch);
        if (accepted.Count == 0) return;
        await PublishAsync(new TicksReceived(batch.Step, batch.Feed, batch.Timestamp, accepted));
    }

    private List<Quote> Filter(FeedBatch batch)
    {
        var now = time.GetUtcNow();
        var accepted = new List<Quote>(batch.Quotes.Count);
        foreach (var quote in batch.Quotes)
        {
            if (filter.Check(quote) is { } reason)
            {
                metrics.Rejected(reason);
                rejects.Add(new RejectedTick(quote.Symbol, quote.Price, reason, batch.Feed, now));
                continue;
            }
            accepted.Add(new Quote(quote.Symbol, quote.Price, quote.Volume));
            bars.Add(quote.Symbol, quote.Timestamp, quote.Price, quote.Volume);
            quotes.Accept(quote.Symbol, quote.Price, quote.Timestamp, batch.Feed, now);
        }
        return accepted;
    }

    // Ticks change no row, so they bypass the outbox; a tick lost while Redis is down is simply
    // superseded by the next one.
    private async Task PublishAsync(TicksReceived ticks)
    {
        try
        {
            await publisher.PublishAsync(StreamNames.MarketTicks, ticks, TickMessageId(ticks));
            metrics.Published(ticks.Feed);
            if (_publishFailing) LogPublishRecovered(ticks.Sequence);
            _publishFailing = false;
        }
        catch (Exception ex) when (TransientFailure.Is(ex))
        {
            if (!_publishFailing) LogPublishFailed(ex, ticks.Sequence);
            _publishFailing = true;
        }
    }

    // The same id whichever feed produced the step, so a failover never duplicates; keyed by market
    // time because steps restart with every run's epoch while consumers' inboxes remember old ids.
    private static string TickMessageId(TicksReceived ticks) =>
        string.Create(CultureInfo.InvariantCulture, $"ticks:{ticks.Timestamp.UtcDateTime:yyyyMMdd'T'HHmmssfff}");

    [LoggerMessage(Level = LogLevel.Warning, Message = "Feed {From} delivered nothing; failed over to {To} (failover #{Count})")]
    private partial void LogFailover(string from, string to, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Publishing ticks of step {Step} to market.ticks failed; dropping ticks until Redis answers")]
    private partial void LogPublishFailed(Exception ex, long step);

    [LoggerMessage(Level = LogLevel.Information, Message = "Publishing ticks to market.ticks works again (step {Step})")]
    private partial void LogPublishRecovered(long step);
}
