using System.Text.RegularExpressions;

namespace GameDay.Scenarios;

/// <summary>Durations as scenario files write them: a whole number with <c>ms</c>, <c>s</c> or <c>m</c> (500ms, 30s, 2m).</summary>
public static partial class ScenarioDuration
{
    /// <summary>Parses <paramref name="text"/>; false for anything but <c>&lt;int&gt;ms|s|m</c>.</summary>
    public static bool TryParse(string text, out TimeSpan duration)
    {
        duration = TimeSpan.Zero;
        var match = Pattern().Match(text);
        if (!match.Success || !int.TryParse(match.Groups["n"].ValueSpan, out var amount)) return false;
        duration = match.Groups["unit"].Value switch
        {
            "ms" => TimeSpan.FromMilliseconds(amount),
            "s" => TimeSpan.FromSeconds(amount),
            _ => TimeSpan.FromMinutes(amount),
        };
        return true;
    }

    /// <summary>The shortest exact form in the same notation, e.g. 120 s as <c>2m</c>, 1.5 s as <c>1500ms</c>.</summary>
    public static string Format(TimeSpan duration) => duration switch
    {
        _ when duration.Ticks % TimeSpan.TicksPerMinute == 0 && duration != TimeSpan.Zero => $"{(long)duration.TotalMinutes}m",
        _ when duration.Ticks % TimeSpan.TicksPerSecond == 0 => $"{(long)duration.TotalSeconds}s",
        _ => $"{(long)duration.TotalMilliseconds}ms",
    };

    [GeneratedRegex("^(?<n>[0-9]+)(?<unit>ms|s|m)$")]
    private static partial Regex Pattern();
}
