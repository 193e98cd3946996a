using System.Globalization;

namespace GameDay.AppHost.Dashboard;

/// How the dashboard writes numbers, times and durations (invariant culture, local time of day).
public static class Format
{
    public static string Money(decimal value) => value.ToString("#,##0", CultureInfo.InvariantCulture);

    public static string Number(double? value, string format = "0.#") =>
        value is { } v && double.IsFinite(v) ? v.ToString(format, CultureInfo.InvariantCulture) : "–";

    public static string Seconds(double? seconds) => seconds is { } s ? s.ToString("0.0", CultureInfo.InvariantCulture) + " s" : "–";

    public static string Time(DateTimeOffset? at) => at?.ToLocalTime().ToString("HH:mm:ss", CultureInfo.InvariantCulture) ?? "–";

    public static string Duration(TimeSpan span) => span.TotalHours >= 1
        ? $"{(int)span.TotalHours}h {span.Minutes:00}m"
        : span.TotalMinutes >= 1 ? $"{(int)span.TotalMinutes}m {span.Seconds:00}s" : $"{Math.Max(0, (int)span.TotalSeconds)}s";
}
