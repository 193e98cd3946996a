using System.Globalization;
using System.Text;

namespace GameDay.AppHost.Drills;

/// The human report of a drill (Markdown): the verdict, MTTD/MTTA/MTTR, each check, the timeline and the faults.
public static class DrillReport
{
    public static string Markdown(DrillJournal journal)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"# Drill {journal.Scenario}: {journal.Title}");
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"- Verdict: **{journal.Outcome.ToUpperInvariant()}** ({journal.Checks.Count(c => c.Passed)}/{journal.Checks.Count} checks passed)");
        text.AppendLine(CultureInfo.InvariantCulture, $"- Run `{journal.RunId}`, seed {journal.Seed}, responder mode {journal.Mode}");
        text.AppendLine(CultureInfo.InvariantCulture, $"- Started {journal.StartedAt:u}, injected {journal.InjectedAt?.ToString("u", CultureInfo.InvariantCulture) ?? "-"}, ended {journal.EndedAt?.ToString("u", CultureInfo.InvariantCulture) ?? "-"}");
        text.AppendLine(CultureInfo.InvariantCulture, $"- Incident: {(journal.IncidentId is { } id ? $"#{id}" : "none")}");
        text.AppendLine(CultureInfo.InvariantCulture, $"- MTTD {Seconds(journal.Measures.MttdSeconds)}, MTTA {Seconds(journal.Measures.MttaSeconds)}, MTTR {Seconds(journal.Measures.MttrSeconds)}");
        text.AppendLine();
        text.AppendLine("## Checks");
        text.AppendLine();
        text.AppendLine("| verdict | check | detail |");
        text.AppendLine("|---|---|---|");
        foreach (var check in journal.Checks) text.AppendLine(CultureInfo.InvariantCulture, $"| {(check.Passed ? "pass" : "**FAIL**")} | {Cell(check.Name)} | {Cell(check.Detail)} |");
        text.AppendLine();
        text.AppendLine("## Timeline");
        text.AppendLine();
        text.AppendLine("| time | since injection | event | detail |");
        text.AppendLine("|---|---|---|---|");
        foreach (var e in journal.Events) text.AppendLine(CultureInfo.InvariantCulture, $"| {e.At:HH:mm:ss.f} | {(e.Offset < 0 ? "-" : $"{e.Offset:0.0}s")} | {e.Kind} | {Cell(e.Text)} |");
        text.AppendLine();
        text.AppendLine("## Faults");
        text.AppendLine();
        foreach (var f in journal.Faults)
            text.AppendLine(CultureInfo.InvariantCulture, $"- `{f.Id}` {f.Kind} on {f.Target ?? "the stack"}: {f.State}; {f.Detail}; revert: {f.RevertDetail ?? "-"}");
        return text.ToString();
    }

    private static string Seconds(double? value) => value is { } v ? string.Create(CultureInfo.InvariantCulture, $"{v:0.0} s") : "not measured";

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
