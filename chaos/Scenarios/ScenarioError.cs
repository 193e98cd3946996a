namespace GameDay.Scenarios;

/// <summary>A problem in a scenario file, at a 1-based line and column.</summary>
/// <param name="File">The file's path as given to the loader.</param>
/// <param name="Line">1-based line.</param>
/// <param name="Column">1-based column.</param>
/// <param name="Message">What is wrong, e.g. <c>unknown key 'durration' (known: at, duration, kind, target, with)</c>.</param>
public sealed record ScenarioError(string File, int Line, int Column, string Message)
{
    /// <summary>The compiler-style form <c>file:line:col: message</c> that editors and CI logs link to.</summary>
    public override string ToString() => $"{File}:{Line}:{Column}: {Message}";
}
