namespace GameDay.Chaos;

/// A fault request the engine refuses (unknown kind, missing target or parameter, bad value): a 400 at the API.
public sealed class FaultValidationException(string message) : Exception(message);
