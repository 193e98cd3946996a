namespace GameDay.IncidentResponder.Model;

public static class SeverityExtensions
{
    public static bool TryParse(string? text, out Severity severity)
    {
        severity = Severity.P2;
        var trimmed = text?.Trim().ToUpperInvariant();
        return trimmed is "P0" or "P1" or "P2" or "P3" && Enum.TryParse(trimmed, out severity);
    }

    /// One level more severe (P2 → P1); P0 stays P0.
    public static Severity Raised(this Severity severity) => severity == Severity.P0 ? Severity.P0 : severity - 1;

    /// One level less severe (P2 → P3); P3 stays P3.
    public static Severity Lowered(this Severity severity) => severity == Severity.P3 ? Severity.P3 : severity + 1;

    public static Severity MostSevere(Severity a, Severity b) => a <= b ? a : b;

    public static bool IsAtLeast(this Severity severity, Severity floor) => severity <= floor;
}
