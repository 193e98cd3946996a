namespace GameDay.IncidentResponder.Model;

/// P0 (critical) to P3 (low), as in seeds 000, 003 and 004; a lower number is more severe.
public enum Severity
{
    P0 = 0,
    P1 = 1,
    P2 = 2,
    P3 = 3,
}
