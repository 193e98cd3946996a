namespace GameDay.Runbooks;

/// What a step does to the system: diagnose and verify only read, mitigate changes something.
public enum StepKind
{
    Diagnose,
    Mitigate,
    Verify,
}
