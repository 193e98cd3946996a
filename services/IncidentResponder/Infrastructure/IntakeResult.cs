namespace GameDay.IncidentResponder.Infrastructure;

/// The answer to a webhook: how many alerts were news, repeats or ignored, and the incidents touched.
public sealed record IntakeResult(int Received, int Recorded, int Duplicates, int Ignored, IReadOnlyList<long> Incidents);
