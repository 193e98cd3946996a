namespace GameDay.Runbooks;

/// All the broken runbooks of a directory, one line each (`file:line: problem`).
public sealed class RunbookLibraryException(IReadOnlyList<RunbookFormatException> errors)
    : Exception($"{errors.Count} runbook error(s):\n" + string.Join('\n', errors.Select(error => error.Message)))
{
    public IReadOnlyList<RunbookFormatException> Errors { get; } = errors;
}
