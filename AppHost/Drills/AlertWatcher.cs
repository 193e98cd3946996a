using System.Text.Json;
using GameDay.Contracts;

namespace GameDay.AppHost.Drills;

/// Reads Prometheus's firing alerts: when each alert of interest was first seen firing during the drill. Alerts
/// already firing when the baseline was taken are not the drill's detections (until they clear and fire again).
public sealed class AlertWatcher(DrillEnvironment env, TimeProvider time)
{
    private readonly Dictionary<string, DateTimeOffset> firstFiring = new(StringComparer.Ordinal);
    private static readonly TimeSpan Lookback = TimeSpan.FromSeconds(5);
    private readonly HashSet<string> baseline = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, DateTimeOffset> FirstFiring => firstFiring;

    /// The alerts firing now or at any rule evaluation of the last seconds (Watchdog aside): Prometheus's own record
    /// (ALERTS), so that an alert the autopilot ends within a second of its firing is not missed between two polls.
    public async Task<IReadOnlySet<string>> FiringAsync(CancellationToken ct)
    {
        using var prometheus = env.Client(ResourceNames.Prometheus, false);
        var query = Uri.EscapeDataString($"last_over_time(ALERTS{{alertstate=\"firing\",alertname!=\"Watchdog\"}}[{Lookback.TotalSeconds:0}s])");
        using var json = await JsonDocument.ParseAsync(await prometheus.GetStreamAsync("/api/v1/query?query=" + query, ct), cancellationToken: ct);
        return json.RootElement.GetProperty("data").GetProperty("result").EnumerateArray()
            .Select(r => r.GetProperty("metric").GetProperty("alertname").GetString()!)
            .ToHashSet(StringComparer.Ordinal);
    }

    /// Remembers what fires before the injection.
    public async Task BaselineAsync(CancellationToken ct) => baseline.UnionWith(await FiringAsync(ct));

    /// Polls once; returns the alert names seen firing for the first time since the baseline.
    public async Task<IReadOnlyList<string>> PollAsync(CancellationToken ct)
    {
        var firing = await FiringAsync(ct);
        baseline.IntersectWith(firing); // a baseline alert that cleared counts again when it re-fires
        var now = time.GetUtcNow();
        var fresh = firing.Where(name => !baseline.Contains(name) && !firstFiring.ContainsKey(name)).Order(StringComparer.Ordinal).ToList();
        foreach (var name in fresh) firstFiring[name] = now;
        return fresh;
    }
}
