namespace GameDay.Chaos.Kinds.App;

/// Sets one scope's chaos in the target service for the fault's duration (the service also ends it then by
/// itself), and clears it on revert; the service's DELETE is idempotent, so reverting twice is harmless.
/// The engine does not hand its fault id to a kind, so the service is told `kind@target/scope` instead,
/// which names the one active fault of that kind on that target.
internal sealed class AppChaosFault(FaultContext context, FaultSpec spec, string scope, double latencyMs, double faultRate, double injectionRate)
    : IFault
{
    private string Path => $"/admin/chaos/{scope}";

    public Task<string> InjectAsync(CancellationToken ct) => SendAsync(HttpMethod.Put, new
    {
        latencyMs,
        faultRate,
        injectionRate,
        durationSeconds = Math.Max(1, Math.Ceiling(spec.Duration.TotalSeconds)),
        runId = spec.RunId,
        faultId = $"{spec.Kind}@{spec.Target}/{scope}",
    }, ct);

    public Task<string> RevertAsync(CancellationToken ct) => SendAsync(HttpMethod.Delete, null, ct);

    private async Task<string> SendAsync(HttpMethod method, object? body, CancellationToken ct)
    {
        var (status, text) = await AdminRequest.SendAsync(context, spec.Target!, method, Path, body,
            (code, answer) => $"{method} {spec.Target}{Path}: {code} {answer}", ct);
        return $"{method} {spec.Target}{Path}: {status} {text}";
    }
}
