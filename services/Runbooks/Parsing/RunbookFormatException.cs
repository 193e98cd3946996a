namespace GameDay.Runbooks;

/// A runbook file that does not follow docs/runbook-format.md, with the file and the 1-based line at fault.
public sealed class RunbookFormatException(string file, int line, string problem) : Exception($"{file}:{line}: {problem}")
{
    public string File { get; } = file;

    public int Line { get; } = line;

    public string Problem { get; } = problem;
}
