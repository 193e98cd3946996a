using GameDay.DataIngestor.Model;
using GameDay.Messaging;
using GameDay.ServiceDefaults.Workers;

namespace GameDay.DataIngestor.Infrastructure;

/// Every `FlushInterval` writes the bars and rejected ticks gathered since the last flush. A
/// failed flush puts them back, so a database outage delays bars but does not lose them.
public sealed partial class MarketDataFlusher(
    BarAggregator bars, RejectedTickLog rejects, MarketDataStore store, DataIngestorOptions options,
    SchemaReady schema, TimeProvider time, ILogger<MarketDataFlusher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await schema.WaitAsync(stoppingToken);
        await new WorkerLoop("market-data-flusher", time, logger).RunPeriodicAsync(options.FlushInterval, FlushAsync, stoppingToken);
        // What gathered since the last flush is not lost to a stop.
        await FlushAsync(CancellationToken.None);
    }

    private async Task FlushAsync(CancellationToken cancellationToken)
    {
        await FlushBatchAsync("bars", bars.Drain(), bars.Restore, store.UpsertBarsAsync, cancellationToken);
        await FlushBatchAsync("rejected ticks", rejects.Drain(), rejects.Restore, store.InsertRejectsAsync, cancellationToken);
    }

    private async Task FlushBatchAsync<T>(string what, IReadOnlyList<T> pending, Action<IReadOnlyList<T>> restore,
        Func<IReadOnlyList<T>, CancellationToken, Task> write, CancellationToken cancellationToken)
    {
        try
        {
            await write(pending, cancellationToken);
        }
        catch (Exception ex)
        {
            restore(pending);
            if (ex is OperationCanceledException && cancellationToken.IsCancellationRequested) throw;
            LogFlushFailed(ex, what, pending.Count);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Writing {Count} {What} failed; kept for the next flush")]
    private partial void LogFlushFailed(Exception ex, string what, int count);
}
