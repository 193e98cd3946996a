namespace GameDay.ServiceDefaults.Chaos;

/// One scope as `GET /admin/chaos` shows it; an inactive scope has zeros and nulls.
public sealed record ChaosScopeView(
    string Scope, bool Active, double LatencyMs, double FaultRate, double InjectionRate,
    DateTimeOffset? ExpiresAt, double RemainingSeconds, string? RunId, string? FaultId)
{
    public static ChaosScopeView Of(string scope, ChaosSetting? setting, DateTimeOffset now) => setting is null
        ? new(scope, false, 0, 0, 0, null, 0, null, null)
        : new(scope, true, setting.Latency.TotalMilliseconds, setting.FaultRate, setting.InjectionRate, setting.ExpiresAt,
            Math.Max(0, (setting.ExpiresAt - now).TotalSeconds), setting.RunId, setting.FaultId);
}

/// The answer of the DELETE routes: the scopes whose chaos was still active and is now off.
public sealed record ChaosCleared(IReadOnlyList<string> Cleared);
