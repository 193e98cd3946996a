using System.Globalization;
using System.Text;

namespace GameDay.IncidentResponder.Model;

/// The Markdown form of a post-mortem, section by section as in seed 003's template.
public static class PostmortemMarkdown
{
    public static string Render(Postmortem pm)
    {
        var md = new StringBuilder();
        var s = pm.Summary;
        md.AppendLine($"# Post-Mortem: #{pm.IncidentId} {pm.Title}").AppendLine();
        md.AppendLine("## Incident Summary");
        md.AppendLine($"- **Date**: {s.StartedAt.UtcDateTime:yyyy-MM-dd}");
        md.AppendLine($"- **Duration**: {(s.DurationSeconds is { } d ? Durations.Format(TimeSpan.FromSeconds(d)) : "ongoing")} ({Time(s.StartedAt)} - {(s.ResolvedAt is { } r ? Time(r) : "…")})");
        md.AppendLine($"- **Severity**: {pm.Severity}");
        md.AppendLine($"- **Services affected**: {(s.ServicesAffected.Count == 0 ? "unknown" : string.Join(", ", s.ServicesAffected))}");
        md.AppendLine($"- **Impact**: {s.BusinessImpact}");
        md.AppendLine($"- **Scenario run**: {s.ScenarioRunId ?? "none known"}");
        md.AppendLine($"- **Paged**: {(s.Paged ? $"yes, escalation level {s.EscalationLevel}" : "no")}; flaps: {s.Flaps}").AppendLine();

        var m = pm.Measures;
        var basis = m.Basis == IncidentMeasures.FromInjection ? "from fault injection" : "from first signal (injection time unknown)";
        md.AppendLine("## Metrics");
        md.AppendLine($"- **MTTD** (detected − start, {basis}): {Seconds(m.MttdSeconds)}");
        md.AppendLine($"- **MTTA** (acknowledged − detected): {Seconds(m.MttaSeconds)}");
        md.AppendLine($"- **MTTR** (recovered − start, {basis}): {Seconds(m.MttrSeconds)}").AppendLine();

        md.AppendLine("## Timeline");
        // A step's detail can be a whole log tail: the Markdown keeps a line per event, the JSON keeps all of it.
        foreach (var e in pm.Timeline) md.AppendLine($"- {e.At.UtcDateTime:HH:mm:ss.fff} - {e.Type}: {OneLine(e.Summary)}");
        md.AppendLine();

        md.AppendLine("## Root Cause");
        md.AppendLine($"- **Primary cause**: {pm.RootCause.PrimaryCause}");
        foreach (var f in pm.RootCause.ContributingFactors) md.AppendLine($"- Contributing: {f}");
        if (pm.RootCause.DetectionDelay is { } delay) md.AppendLine($"- Why detection was delayed: {delay}");
        md.AppendLine();

        md.AppendLine("## Resolution").AppendLine(pm.Resolution).AppendLine();
        Section(md, "Action Items", pm.ActionItems.Select(a => $"[ ] {a}"));
        md.AppendLine("## Recovery Validation Checklist");
        foreach (var c in pm.RecoveryChecklist) md.AppendLine($"- [{(c.Verified == true ? "x" : " ")}] {c.Item} ({(c.Verified == false ? "NOT met: " : "")}{c.Evidence})");
        md.AppendLine();
        Section(md, "What Went Well", pm.WentWell);
        Section(md, "What Could Be Improved", pm.CouldBeImproved.DefaultIfEmpty("nothing recorded"));
        Section(md, "Lessons Learned", pm.LessonsLearned);
        md.Append($"_Generated {Time(pm.GeneratedAt)} by the incident responder._\n");
        return md.ToString();
    }

    private static void Section(StringBuilder md, string title, IEnumerable<string> lines)
    {
        md.AppendLine($"## {title}");
        foreach (var line in lines) md.AppendLine($"- {line}");
        md.AppendLine();
    }

    private static string OneLine(string text)
    {
        var line = text.ReplaceLineEndings(" ");
        return line.Length <= 200 ? line : line[..200] + "…";
    }

    private static string Seconds(double? seconds) =>
        seconds is { } s ? s.ToString("0.###", CultureInfo.InvariantCulture) + " s" : "n/a";

    private static string Time(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);
}
