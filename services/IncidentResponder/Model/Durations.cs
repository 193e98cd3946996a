using System.Globalization;

namespace GameDay.IncidentResponder.Model;

public static class Durations
{
    /// "2h 03m 04s", "3m 04s", "4.2s": drills last seconds, real incidents hours.
    public static string Format(TimeSpan span)
    {
        if (span < TimeSpan.Zero) return "-" + Format(-span);
        if (span.TotalMinutes < 1) return span.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture) + "s";
        if (span.TotalHours < 1) return $"{span.Minutes}m {span.Seconds:00}s";
        return $"{(int)span.TotalHours}h {span.Minutes:00}m {span.Seconds:00}s";
    }
}
