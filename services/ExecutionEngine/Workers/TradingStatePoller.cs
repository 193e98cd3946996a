using System.Net.Http.Json;
using GameDay.Contracts;
using GameDay.ExecutionEngine.Infrastructure;
using GameDay.ExecutionEngine.Model;
using GameDay.Messaging;
using GameDay.ServiceDefaults.Workers;
using Microsoft.Extensions.Options;

namespace GameDay.ExecutionEngine.Workers;

/// Refreshes the trading state from the orchestrator every few seconds; the messages on
/// `orchestrator.commands` only say when it changes, this also says that it has not.
public sealed class TradingStatePoller(
    IHttpClientFactory httpFactory, TradingStateCache cache, TimeProvider time, IOptions<ExecutionOptions> options,
    ILogger<TradingStatePoller> logger) : BackgroundService
{
    public const string ClientName = "orchestrator";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var http = httpFactory.CreateClient(ClientName);
        await new WorkerLoop("trading-state-poller", time, logger).RunPeriodicAsync(options.Value.TradingStateRefresh, async ct =>
        {
            var status = await http.GetFromJsonAsync<PnlStatus>("/pnl/status", MessageJson.Options, ct);
            if (status?.State is { Length: > 0 } state)
            {
                // Without changedAt (an older orchestrator) a poll never overrides a state change message.
                cache.Update(status.Halted ? TradingStates.Halted : state, status.HaltReason, status.ChangedAt ?? DateTimeOffset.MinValue);
            }
        }, stoppingToken);
    }
}
