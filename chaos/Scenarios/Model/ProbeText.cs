using System.Globalization;

namespace GameDay.Scenarios;

/// Shared wording of probe bounds for Describe().
internal static class ProbeText
{
    public static string Number(double value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Bounds(double? min, double? max) => (min, max) switch
    {
        ({ } low, { } high) when low == high => $"= {Number(low)}",
        ({ } low, { } high) => $"between {Number(low)} and {Number(high)}",
        ({ } low, null) => $">= {Number(low)}",
        (null, { } high) => $"<= {Number(high)}",
        _ => "(no bound)",
    };
}
