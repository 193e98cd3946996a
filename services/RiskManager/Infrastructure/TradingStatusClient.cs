using System.Net.Http.Json;
using GameDay.Messaging;
using GameDay.RiskManager.Model;

namespace GameDay.RiskManager.Infrastructure;

/// The orchestrator's trading state, cached for at most a second. Any failure yields null (unknown),
/// which the checks treat as a denial: risk fails closed.
public sealed partial class TradingStatusClient(HttpClient http, TimeProvider time, ILogger<TradingStatusClient> logger)
{
    private static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(1);
    private readonly SemaphoreSlim _gate = new(1, 1);
    private (TradingStatus Status, DateTimeOffset At)? _cached;

    public async Task<TradingStatus?> GetAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var now = time.GetUtcNow();
            if (_cached is { } cached && now - cached.At < CacheFor) return cached.Status;
            _cached = null;
            var status = await http.GetFromJsonAsync<TradingStatus>("/pnl/status", MessageJson.Options, cancellationToken);
            if (status is not null) _cached = (status, now);
            return status;
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            // Fail closed, whatever the client threw (HttpClient also throws a raw SocketException when the
            // orchestrator hangs up right after the connect).
            LogUnknown(ex.Message);
            return null;
        }
        finally
        {
            _gate.Release();
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Trading state unknown (orchestrator: {Reason}); denying")]
    private partial void LogUnknown(string reason);
}
