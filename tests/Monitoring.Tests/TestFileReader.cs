namespace GameDay.Monitoring.Tests;

/// What the promtool unit tests expect of each alert: for every `alertname:` check, whether its
/// `exp_alerts` lists alerts (fires) or is `[]` / absent (stays silent).
internal static class TestFileReader
{
    public static IReadOnlyList<(string AlertName, bool Fires)> Read(string relativePath)
    {
        var checks = new List<(string, bool)>();
        string? pending = null;
        foreach (var raw in File.ReadLines(MonitoringFiles.Absolute(relativePath)))
        {
            var line = raw.Trim().TrimStart('-').Trim();
            if (line.StartsWith("alertname:", StringComparison.Ordinal))
            {
                if (pending is not null) checks.Add((pending, false));
                pending = line["alertname:".Length..].Trim().Trim('\'', '"');
            }
            else if (pending is not null && line.StartsWith("exp_alerts:", StringComparison.Ordinal))
            {
                checks.Add((pending, line["exp_alerts:".Length..].Trim().Length == 0));
                pending = null;
            }
            else if (pending is not null && (line.StartsWith("eval_time:", StringComparison.Ordinal) || line.StartsWith("interval:", StringComparison.Ordinal)))
            {
                checks.Add((pending, false));
                pending = null;
            }
        }

        if (pending is not null) checks.Add((pending, false));
        return checks;
    }
}
