using System.Text.Json;
using GameDay.Contracts;

namespace GameDay.AppHost.Drills;

/// Reads Prometheus's firing alerts: when each alert of interest was first seen firing during the drill. Alerts
/// already firing when the baseline was taken are not the drill's detections (until they clear and fire again).
public sealed class AlertWatcher(DrillEnvironment env, TimeProvider time)
{
    private readonly Dictionary<string, DateTimeOffset> firstFiring = new(StringComparer.Ordinal);
    private readonly HashSet<string> baseline = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, DateTimeOffset> FirstFiring => firstFiring;

    /// The alerts firing now (Watchdog aside).
    public async Task<IReadOnlySet<string>> FiringAsync(CancellationToken ct)
    {
        using var prometheus = env.Client(ResourceNames.Prometheus, false);
        using var json = await JsonDocument.ParseAsync(await prometheus.GetStreamAsync("/api/v1/alerts", ct), cancellationToken: ct);
        return json.RootElement.GetProperty("data").GetProperty("alerts").EnumerateArray()
            .Where(a => a.GetProperty("state").GetString() == "firing")
            .Select(a => a.GetProperty("labels").GetProperty("alertname").GetString()!)
            .Where(name => name != "Watchdog").ToHashSet(StringComparer.Ordinal);
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
