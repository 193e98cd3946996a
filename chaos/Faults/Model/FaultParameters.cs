using System.Globalization;

namespace GameDay.Chaos;

/// Parsing of a fault's `with` values: durations `500ms|30s|2m`, integers, numbers, booleans.
public static class FaultParameters
{
    /// A day: no fault parameter needs more, and TimeSpan/Task.Delay would overflow far above it.
    private const double MaxMilliseconds = 86_400_000;

    public static bool TryDuration(string? text, out TimeSpan value)
    {
        value = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        text = text.Trim();
        var (number, unit) = text.EndsWith("ms", StringComparison.Ordinal) ? (text[..^2], 1.0)
            : text.EndsWith('s') ? (text[..^1], 1000.0)
            : text.EndsWith('m') ? (text[..^1], 60_000.0)
            : (text, double.NaN);
        if (double.IsNaN(unit) || !double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var amount)
            || !double.IsFinite(amount) || amount < 0 || amount * unit > MaxMilliseconds) return false;
        value = TimeSpan.FromMilliseconds(amount * unit);
        return true;
    }

    public static TimeSpan Duration(FaultSpec spec, string name, TimeSpan fallback) =>
        spec.Parameter(name) is { } text ? (TryDuration(text, out var d) ? d : throw Bad(name, text, "a duration like 500ms, 30s or 2m")) : fallback;

    public static long Integer(FaultSpec spec, string name, long fallback) =>
        spec.Parameter(name) is { } text
            ? long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : throw Bad(name, text, "an integer")
            : fallback;

    public static double Number(FaultSpec spec, string name, double fallback) =>
        spec.Parameter(name) is { } text
            ? double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : throw Bad(name, text, "a number")
            : fallback;

    /// A parameter that must lie within [min, max] (NaN never does); the message names it.
    public static void InRange(string name, double value, double min, double max)
    {
        if (!(value >= min && value <= max)) throw new FormatException($"'{name}' must be between {min.ToString(CultureInfo.InvariantCulture)} and {max.ToString(CultureInfo.InvariantCulture)}.");
    }

    /// The first parameter that does not parse as the kind expects, as an error message; null when all parse.
    public static string? Check(Action parse)
    {
        try
        {
            parse();
            return null;
        }
        catch (FormatException e)
        {
            return e.Message;
        }
    }

    private static FormatException Bad(string name, string text, string expected) => new($"'{name}' must be {expected}, not '{text}'.");
}
