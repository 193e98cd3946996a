using GameDay.Contracts;
using GameDay.Contracts.Messages;
using GameDay.Messaging;
using GameDay.ServiceDefaults.Chaos;
using GameDay.SignalGenerator.Calibration;
using GameDay.SignalGenerator.Infrastructure;
using GameDay.SignalGenerator.Model;
using Polly;
using Polly.Registry;

namespace GameDay.SignalGenerator.Streams;

/// Feeds each tick batch to the engine and writes every signal with its outbox message in the
/// inbox transaction. The in-memory indicators advance inside the handler, before the commit:
/// a crash between the two can lose one tick of indicator state (a redelivery after a rollback
/// is recognised by its sequence and yields the same decision). Duplicates are impossible: the
/// signal id is deterministic and only an inserted row is enqueued. A batch runs through the
/// `processing` chaos pipeline and each signal insert through the `db` one; both pass straight
/// through unless a fault turned them on (signal-latency). Each quote is also evaluated by the shadow strategies
/// and recorded in the decision audit, as configured.
public sealed class TicksHandler(
    SignalEngine engine, ParametersInUse parameters, SignalMetrics metrics, TimeProvider time, ResiliencePipelineProvider<string> pipelines,
    ShadowBook shadow, DecisionAudit audit)
    : IStreamHandler
{
    private readonly ResiliencePipeline processing = pipelines.GetPipeline(ChaosPipelines.Processing);
    private readonly ResiliencePipeline database = pipelines.GetPipeline(ChaosPipelines.Db);

    public async Task HandleAsync(StreamMessage message, StreamContext context, CancellationToken cancellationToken)
    {
        if (message.Type != nameof(TicksReceived)) return;
        var ticks = message.Read<TicksReceived>();
        await processing.ExecuteAsync(
            static (state, ct) => new ValueTask(state.handler.ProcessAsync(state.ticks, state.context, ct)),
            (handler: this, ticks, context), cancellationToken);
        metrics.Decided(ticks.Timestamp, time.GetUtcNow());
    }

    private async Task ProcessAsync(TicksReceived ticks, StreamContext context, CancellationToken cancellationToken)
    {
        var inUse = parameters.Current;
        foreach (var quote in ticks.Quotes)
        {
            var decision = engine.OnQuote(quote.Symbol, quote.Price, ticks.Sequence, ticks.Timestamp, inUse);
            if (shadow.Count > 0) metrics.Shadowed(shadow.Evaluate(engine.PricesOf(quote.Symbol)));
            audit.Record(new AuditedDecision(quote.Symbol, ticks.Sequence, ticks.Timestamp, decision?.Side,
                audit.Depth == 0 || audit.Capacity == 0 ? new Dictionary<string, double[]>() : engine.Snapshot(audit.Depth)));
            if (decision is not { } candidate) continue;
            var generatedAt = time.GetUtcNow();
            var signal = new SignalGenerated(candidate.SignalId, candidate.Symbol, candidate.Side, candidate.Price,
                candidate.Strength, candidate.Reason, candidate.TickTime, generatedAt);
            var inserted = await database.ExecuteAsync(
                static (state, ct) => new ValueTask<bool>(SignalStore.InsertAsync(state.Connection, state.Transaction, state.signal, ct)),
                (context.Connection, context.Transaction, signal), cancellationToken);
            if (!inserted) continue;
            await context.EnqueueAsync(StreamNames.Signals, signal, $"signal:{signal.SignalId}", cancellationToken);
            metrics.Generated(signal.Side, generatedAt - signal.TickTime);
        }
    }
}
