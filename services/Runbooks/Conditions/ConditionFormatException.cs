namespace GameDay.Runbooks;

/// A condition that is not in the condition language; the message says what was expected.
public sealed class ConditionFormatException(string condition, string problem)
    : FormatException($"Condition '{condition}': {problem}")
{
    public string Condition { get; } = condition;

    public string Problem { get; } = problem;
}
