namespace GameDay.SignalGenerator.Model;

/// A signal decided by the engine; `SignalId` is `{symbol}-{tickSequence}`, so a redelivered tick
/// batch yields the same id and the database drops the duplicate.
public sealed record SignalCandidate(
    string SignalId, string Symbol, string Side, decimal Price, decimal Strength, string Reason, DateTimeOffset TickTime);
