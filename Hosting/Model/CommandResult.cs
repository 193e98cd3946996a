namespace GameDay.Hosting;

/// The outcome of a resource command; a command that does not fit the state is a result, not an exception.
public sealed record CommandResult(CommandOutcome Outcome, string Message)
{
    public bool Succeeded => Outcome == CommandOutcome.Succeeded;

    public static CommandResult Ok(string message) => new(CommandOutcome.Succeeded, message);

    public static CommandResult Invalid(string message) => new(CommandOutcome.InvalidState, message);
}
