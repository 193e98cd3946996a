using GameDay.Contracts.Messages;
using GameDay.ExecutionEngine.Infrastructure;
using GameDay.Messaging;

namespace GameDay.ExecutionEngine.Streams;

/// Trading state changes (kept in memory) and the emergency stop's cancel-all.
public sealed class OrchestratorCommandsHandler(TradingStateCache tradingState, CancelAllService cancelAll, TimeProvider time)
    : IStreamHandler
{
    // A state change older than this is history (a backlog read after a restart); the poll knows better.
    private static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(30);

    public async Task HandleAsync(StreamMessage message, StreamContext context, CancellationToken cancellationToken)
    {
        switch (message.Type)
        {
            case nameof(TradingStateChanged):
                var change = message.Read<TradingStateChanged>();
                if (time.GetUtcNow() - change.At <= MaxAge) tradingState.Update(change.State, change.Reason, change.At);
                break;
            case nameof(CancelAllRequested):
                await cancelAll.CancelAllAsync(message.Read<CancelAllRequested>().RequestedBy, cancellationToken);
                break;
        }
    }
}
