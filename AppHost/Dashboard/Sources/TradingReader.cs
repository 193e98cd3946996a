using System.Net.Http.Json;
using System.Text.Json;
using GameDay.AppHost.Invariants;
using GameDay.Contracts;

namespace GameDay.AppHost.Dashboard.Sources;

public sealed record TradingStatus(
    string State, bool Halted, string? HaltReason, decimal TotalPnl, decimal RealizedPnl, decimal UnrealizedPnl,
    decimal DailyLossLimit, decimal DailyTarget, int OpenPositions, DateTimeOffset ChangedAt, string ChangedBy);

public sealed record StreamRow(string Stream, string Group, double Pending, double Dlq);

public sealed record TradingRates(double? OrdersPerMinute, double? FillsPerMinute, double? DenialsPerMinute, double? SignalToFillP95);

/// The trading panel's sources: the orchestrator's PnL status and halt, positions in the database beside the venue's,
/// and the rates and streams from the services' metrics.
public sealed class TradingReader(StackSources sources, Prometheus prometheus)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<TradingStatus?> StatusAsync(CancellationToken ct) =>
        await sources.Client(ResourceNames.Orchestrator).GetFromJsonAsync<TradingStatus>("/pnl/status", Json, ct);

    /// Halts trading by hand (reason `manual`), as seed 004's runbook does with the orchestrator's admin API.
    public async Task<string> HaltAsync(CancellationToken ct)
    {
        using var response = await sources.Client(ResourceNames.Orchestrator).PostAsJsonAsync("/admin/orchestrate/halt", new { reason = "manual" }, ct);
        return response.IsSuccessStatusCode ? "trading halted (manual)" : $"halt refused ({(int)response.StatusCode}): {ProblemDetail.Of(await response.Content.ReadAsStringAsync(ct))}";
    }

    public Task<IReadOnlyList<PositionPair>> PositionsAsync(CancellationToken ct) =>
        HeldPositions.ReadAsync(sources.TradingDatabase, sources.Venue, ct);

    public async Task<IReadOnlyList<StreamRow>> StreamsAsync(CancellationToken ct)
    {
        var pending = await prometheus.QueryAsync("max by (stream, group) (stream_pending)", ct);
        var dlq = (await prometheus.QueryAsync("max by (stream) (stream_dlq_length)", ct))
            .ToDictionary(s => s.Labels.GetValueOrDefault("stream", ""), s => s.Value, StringComparer.Ordinal);
        return [.. pending
            .Select(p => new StreamRow(p.Labels.GetValueOrDefault("stream", ""), p.Labels.GetValueOrDefault("group", ""), p.Value,
                dlq.GetValueOrDefault(p.Labels.GetValueOrDefault("stream", "") + ".dlq", dlq.GetValueOrDefault(p.Labels.GetValueOrDefault("stream", "")))))
            .OrderBy(r => r.Stream, StringComparer.Ordinal).ThenBy(r => r.Group, StringComparer.Ordinal)];
    }

    public async Task<TradingRates> RatesAsync(CancellationToken ct) => new(
        // No series yet (nothing counted since the service started) is none per minute.
        await prometheus.ScalarAsync("sum(rate(orders_total{status=\"SUBMITTED\"}[1m])) * 60 or vector(0)", ct),
        await prometheus.ScalarAsync("sum(rate(orders_total{status=\"FILLED\"}[1m])) * 60 or vector(0)", ct),
        await prometheus.ScalarAsync("sum(rate(risk_denials_total[1m])) * 60 or vector(0)", ct),
        await prometheus.ScalarAsync("histogram_quantile(0.95, sum by (le) (rate(signal_to_fill_seconds_bucket[5m])))", ct));
}
