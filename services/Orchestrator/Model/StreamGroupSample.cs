namespace GameDay.Orchestrator.Model;

/// One consumer group of a stream as XINFO GROUPS reports it. `Lag` is null when Redis cannot
/// tell (entries deleted or trimmed between the group's position and the end, or Redis before 7.0).
public sealed record StreamGroupSample(string Group, long Pending, long? Lag);
