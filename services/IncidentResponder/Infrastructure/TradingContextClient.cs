using System.Net.Http.Json;
using GameDay.IncidentResponder.Model;
using Microsoft.Extensions.Options;

namespace GameDay.IncidentResponder.Infrastructure;

/// Reads the trading context from the orchestrator (`/pnl/status`) and the broker (venue status).
/// Never throws: whatever fails (down, slow, garbled) becomes "unknown" with the reason.
public sealed partial class TradingContextClient(
    IHttpClientFactory httpClientFactory, IOptions<ResponderOptions> options, ILogger<TradingContextClient> logger)
{
    public const string Orchestrator = "orchestrator";
    public const string Broker = "broker";

    private sealed record PnlStatusBody(string? State, string? HaltReason, int OpenPositions, decimal TotalPnl, decimal DailyLossLimit);

    private sealed record VenueStatusBody(string? Market);

    public async Task<TradingContext> ReadAsync(CancellationToken cancellationToken)
    {
        var pnlTask = ReadAsync<PnlStatusBody>(Orchestrator, "/pnl/status", cancellationToken);
        var venueTask = ReadAsync<VenueStatusBody>(Broker, $"/api/v1/venues/{Uri.EscapeDataString(options.Value.Venue)}/status", cancellationToken);
        var (pnl, pnlError) = await pnlTask;
        var (venue, venueError) = await venueTask;

        var pnlContext = pnl is { State: { } state }
            ? new PnlContext(state, pnl.HaltReason, pnl.OpenPositions, pnl.TotalPnl, pnl.DailyLossLimit)
            : null;
        var market = venue?.Market switch
        {
            "open" => MarketSession.Open,
            "closed" => MarketSession.Closed,
            "halted" => MarketSession.Halted,
            _ => MarketSession.Unknown,
        };
        return new TradingContext(
            pnlContext, pnlContext is null ? pnlError ?? "orchestrator answered without a state" : null,
            market, market == MarketSession.Unknown ? venueError ?? $"broker reported market '{venue?.Market}'" : null);
    }

    private async Task<(T? Body, string? Error)> ReadAsync<T>(string client, string path, CancellationToken cancellationToken) where T : class
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Value.ContextTimeout);
        try
        {
            var http = httpClientFactory.CreateClient(client);
            return (await http.GetFromJsonAsync<T>(path, ResponderJson.Options, timeout.Token), null);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            var reason = ex is OperationCanceledException ? $"{client} did not answer within {options.Value.ContextTimeout.TotalSeconds:0.#} s" : $"{client}: {ex.Message}";
            LogUnknown(client, reason);
            return (null, reason);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Trading context from {Client} unknown: {Reason}")]
    private partial void LogUnknown(string client, string reason);
}
