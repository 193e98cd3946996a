namespace GameDay.Orchestrator.Model;

/// What one Redis sample saw; `MaxMemoryBytes` is 0 when Redis has no memory limit.
public sealed record RedisSample(IReadOnlyList<StreamSample> Streams, long UsedMemoryBytes, long MaxMemoryBytes);
