namespace GameDay.Chaos;

/// POST /api/faults body: `{"kind":"network.latency","target":"postgres","with":{"latency":"800ms"},"duration":"60s","runId":"..."}`.
public sealed record FaultRequest(string? Kind, string? Target, Dictionary<string, string>? With, string? Duration, string? RunId);
