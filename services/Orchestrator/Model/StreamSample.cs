namespace GameDay.Orchestrator.Model;

/// A stream of StreamNames.All with the length of its `<stream>.dlq` (0 when the DLQ does not exist).
public sealed record StreamSample(string Stream, long Length, long DlqLength, IReadOnlyList<StreamGroupSample> Groups);
