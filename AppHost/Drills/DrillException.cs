namespace GameDay.AppHost.Drills;

/// A drill that cannot go on (the AppHost refused a fault): the runner reverts what it did and fails the run.
public sealed class DrillException(string message) : Exception(message);
