using System.Collections.Concurrent;

namespace GameDay.ServiceDefaults.Chaos;

/// The chaos each scope of this service injects right now, changed at run time through the admin API.
/// Empty unless a fault turned chaos on; a setting past its `ExpiresAt` counts as gone, so chaos ends on
/// time even when nobody reverts it (the service enforces the maximum duration itself).
public sealed class ChaosState(TimeProvider time)
{
    public static readonly TimeSpan MaxDuration = TimeSpan.FromMinutes(15);

    private readonly ConcurrentDictionary<string, ChaosSetting> settings = new(StringComparer.Ordinal);

    /// The scope's setting, or null when there is none or it has expired.
    public ChaosSetting? Get(string scope)
    {
        if (!settings.TryGetValue(scope, out var setting)) return null;
        if (setting.ExpiresAt > time.GetUtcNow()) return setting;
        // Only this expired setting: a newer one set meanwhile stays.
        settings.TryRemove(new KeyValuePair<string, ChaosSetting>(scope, setting));
        return null;
    }

    public bool IsActive(string scope) => Get(scope) is not null;

    public void Set(string scope, ChaosSetting setting)
    {
        if (!ChaosScopes.IsKnown(scope)) throw new ArgumentOutOfRangeException(nameof(scope), scope, "unknown chaos scope");
        settings[scope] = setting;
    }

    /// Ends the scope's chaos; true when it was active. Clearing again is harmless.
    public bool Clear(string scope) => settings.TryRemove(scope, out var setting) && setting.ExpiresAt > time.GetUtcNow();

    /// Ends every scope's chaos; the scopes that were active.
    public IReadOnlyList<string> ClearAll() => [.. ChaosScopes.All.Where(Clear)];

    public IReadOnlyDictionary<string, ChaosSetting> Active() =>
        ChaosScopes.All.Select(s => (Scope: s, Setting: Get(s))).Where(p => p.Setting is not null)
            .ToDictionary(p => p.Scope, p => p.Setting!, StringComparer.Ordinal);
}
