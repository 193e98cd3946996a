using GameDay.Messaging;
using GameDay.Orchestrator.Infrastructure;
using GameDay.Orchestrator.Model;
using GameDay.ServiceDefaults.Workers;
using Microsoft.Extensions.Options;

namespace GameDay.Orchestrator.Monitoring;

/// Every second: recompute PnL and halt on the daily loss limit or the daily target. The halt is
/// decided again on the state read under the store's lock, so an operator's halt in between is
/// never overwritten. Never unhalts.
public sealed partial class PnlMonitor(
    StatusReader status, TradingStateStore store, LimitsState limits, SchemaReady schema, IOptions<TradingOptions> options,
    TimeProvider time, ILogger<PnlMonitor> logger) : BackgroundService
{
    public const string Source = "pnl-monitor";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await schema.WaitAsync(stoppingToken);
        await new WorkerLoop(Source, time, logger).RunPeriodicAsync(options.Value.MonitorInterval, CheckAsync, stoppingToken);
    }

    private async Task CheckAsync(CancellationToken cancellationToken)
    {
        var pnl = await status.ComputePnlAsync(cancellationToken);
        var current = await store.GetAsync(cancellationToken);
        if (HaltPolicy.Decide(current, pnl.TotalPnl, limits.Current) is null) return;

        var command = new TradingCommand(TradingCommand.Halt, TradingStatus.SystemActor, Source);
        var outcome = await store.ApplyAsync(command, (locked, at) =>
            HaltPolicy.Decide(locked, pnl.TotalPnl, limits.Current) is { } reason
                ? TradingStateMachine.Halt(locked, reason, TradingStatus.SystemActor, at)
                : TransitionOutcome.Unchanged(locked), cancellationToken);
        if (outcome.Kind == TransitionKind.Changed) LogAutoHalt(outcome.Next.Reason, pnl.TotalPnl);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Trading halted automatically ({Reason}) at total PnL {TotalPnl}")]
    private partial void LogAutoHalt(string? reason, decimal totalPnl);
}
