using System.Globalization;
using System.Text.Json;
using GameDay.AppHost.Invariants;
using GameDay.Scenarios;
using StackExchange.Redis;

namespace GameDay.AppHost.Drills;

/// Evaluates a scenario's probes against the running stack: once, or polled until they hold within a bound.
public sealed class ProbeRunner(DrillEnvironment env, TimeProvider time)
{
    public sealed record Verdict(bool Holds, string Detail);

    private static readonly TimeSpan Poll = TimeSpan.FromSeconds(1);

    /// Polls every probe until all hold or `within` is up; returns each probe's last verdict and when all held.
    /// `injectedAt` gives a recovery probe's `$since_injection` its value.
    public async Task<(IReadOnlyList<(Probe Probe, Verdict Verdict)> Results, DateTimeOffset? HeldAt)> AllHoldAsync(
        IReadOnlyList<Probe> probes, TimeSpan within, CancellationToken ct, DateTimeOffset? injectedAt = null)
    {
        var deadline = time.GetUtcNow() + within;
        while (true)
        {
            var results = new List<(Probe, Verdict)>();
            foreach (var probe in probes) results.Add((probe, await OnceAsync(probe, ct, injectedAt)));
            if (results.All(r => r.Item2.Holds)) return (results, time.GetUtcNow());
            if (time.GetUtcNow() >= deadline) return (results, null);
            await Task.Delay(Poll, time, ct);
        }
    }

    public async Task<Verdict> OnceAsync(Probe probe, CancellationToken ct, DateTimeOffset? injectedAt = null)
    {
        try
        {
            return probe switch
            {
                HttpProbe http => await HttpAsync(http, ct),
                MetricProbe metric => Bounds(await PromQlAsync(Resolve(metric.Query, injectedAt), ct), metric.Min, metric.Max, null),
                SqlProbe sql => Bounds(await SqlAsync(sql.Query, ct), sql.Min, sql.Max, sql.EqualTo),
                StreamProbe stream => await StreamAsync(stream),
                InvariantProbe invariant => await InvariantAsync(invariant.Name, ct),
                _ => new Verdict(false, $"unknown probe {probe.GetType().Name}"),
            };
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            // A probe reads a stack under fault: whatever its client throws (a raw SocketException from HttpClient when a
            // service hangs up right after the connect included), the probe does not hold, and the drill goes on.
            return new Verdict(false, $"could not be evaluated: {e.Message}");
        }
    }

    /// A range of `$since_injection` becomes the whole seconds since the injection (at least one).
    private string Resolve(string query, DateTimeOffset? injectedAt) =>
        injectedAt is { } at && query.Contains(MetricProbe.SinceInjection, StringComparison.Ordinal)
            ? query.Replace(MetricProbe.SinceInjection,
                $"{Math.Max(1, (long)Math.Ceiling((time.GetUtcNow() - at).TotalSeconds)).ToString(CultureInfo.InvariantCulture)}s", StringComparison.Ordinal)
            : query;

    private async Task<Verdict> HttpAsync(HttpProbe probe, CancellationToken ct)
    {
        using var client = env.Client(probe.Resource, false);
        using var response = await client.GetAsync(probe.Path, ct);
        var body = probe.Contains is null ? "" : await response.Content.ReadAsStringAsync(ct);
        var holds = (int)response.StatusCode == probe.Status && (probe.Contains is null || body.Contains(probe.Contains, StringComparison.Ordinal));
        return new Verdict(holds, $"{(int)response.StatusCode}");
    }

    private async Task<double> PromQlAsync(string query, CancellationToken ct)
    {
        using var client = env.Client(Contracts.ResourceNames.Prometheus, false);
        var json = await JsonDocument.ParseAsync(await client.GetStreamAsync($"/api/v1/query?query={Uri.EscapeDataString(query)}", ct), cancellationToken: ct);
        var result = json.RootElement.GetProperty("data").GetProperty("result");
        if (result.ValueKind == JsonValueKind.Array && result.GetArrayLength() == 0) return 0; // no series: nothing counted
        var value = result.ValueKind == JsonValueKind.Array ? result[0].GetProperty("value")[1] : result[1];
        return double.Parse(value.GetString()!, CultureInfo.InvariantCulture);
    }

    private async Task<double> SqlAsync(string query, CancellationToken ct)
    {
        await using var connection = await env.Database.OpenConnectionAsync(ct);
        await using var tx = await connection.BeginTransactionAsync(ct);
        await using (var readOnly = new Npgsql.NpgsqlCommand("SET TRANSACTION READ ONLY", connection, tx)) await readOnly.ExecuteNonQueryAsync(ct);
        await using var command = new Npgsql.NpgsqlCommand(query, connection, tx);
        var value = await command.ExecuteScalarAsync(ct);
        return value is null or DBNull ? 0 : Convert.ToDouble(value, CultureInfo.InvariantCulture);
    }

    private async Task<Verdict> StreamAsync(StreamProbe probe)
    {
        var db = env.Redis.GetDatabase();
        var length = await db.KeyExistsAsync(probe.Stream) ? await db.StreamLengthAsync(probe.Stream) : 0;
        var groups = length == 0 && !await db.KeyExistsAsync(probe.Stream) ? [] : await db.StreamGroupInfoAsync(probe.Stream);
        var chosen = groups.Where(g => probe.Group is null || g.Name == probe.Group).ToList();
        var pending = chosen.Sum(g => (long)g.PendingMessageCount);
        // Redis cannot always tell a group's lag (entries deleted or trimmed past what it has read): unknown is not small.
        long? lag = chosen.Any(g => g.Lag is null) ? null : chosen.Sum(g => g.Lag!.Value);
        var holds = (probe.PendingMax is not { } maxPending || pending <= maxPending) && (probe.LagMax is not { } maxLag || lag <= maxLag)
            && (probe.LengthMax is not { } maxLength || length <= maxLength);
        return new Verdict(holds, $"pending {pending}, lag {lag?.ToString(CultureInfo.InvariantCulture) ?? "unknown"}, length {length}");
    }

    private async Task<Verdict> InvariantAsync(string name, CancellationToken ct)
    {
        var result = (await new InvariantChecker(time).CheckAsync(env.Invariants, ct, [name])).FirstOrDefault();
        return result is null ? new Verdict(false, $"no invariant '{name}'")
            : new Verdict(result.Passed, result.Passed ? "holds" : string.Join("; ", result.Violations.Take(3)));
    }

    private static Verdict Bounds(double value, double? min, double? max, double? equal)
    {
        var holds = (min is null || value >= min) && (max is null || value <= max) && (equal is null || Math.Abs(value - equal.Value) < 1e-9);
        return new Verdict(holds, value.ToString("0.###", CultureInfo.InvariantCulture));
    }
}
