using System.Text.Json;
using System.Text.Json.Nodes;

namespace GameDay.Chaos.Kinds.Process;

/// PUT the pressure (with the fault's duration, run id and `kind@target`) and DELETE it on revert; the service's
/// DELETE is idempotent, so reverting twice is harmless.
internal sealed class PressureFault(FaultContext context, FaultSpec spec, object body) : IFault
{
    private const string Path = "/admin/chaos/pressure";

    public Task<string> InjectAsync(CancellationToken ct)
    {
        var request = JsonSerializer.SerializeToNode(body)!.AsObject();
        request["durationSeconds"] = Math.Max(1, Math.Ceiling(spec.Duration.TotalSeconds));
        request["runId"] = spec.RunId;
        request["faultId"] = $"{spec.Kind}@{spec.Target}";
        return SendAsync(HttpMethod.Put, request, ct);
    }

    public Task<string> RevertAsync(CancellationToken ct) => SendAsync(HttpMethod.Delete, null, ct);

    private async Task<string> SendAsync(HttpMethod method, JsonObject? content, CancellationToken ct)
    {
        var (status, _) = await AdminRequest.SendAsync(context, spec.Target!, method, Path, content,
            (code, answer) => $"{method} {spec.Target}{Path}: {code} {answer}", ct);
        return $"{method} {spec.Target}{Path}: {status}";
    }
}
