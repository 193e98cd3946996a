namespace GameDay.AppHost.Invariants;

public sealed record InvariantResult(string Name, bool Passed, IReadOnlyList<string> Violations)
{
    public static InvariantResult Pass(string name) => new(name, true, []);

    public static InvariantResult From(string name, IReadOnlyList<string> violations) => new(name, violations.Count == 0, violations);
}
