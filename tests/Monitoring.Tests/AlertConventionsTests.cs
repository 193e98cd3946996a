namespace GameDay.Monitoring.Tests;

/// The conventions the incident responder relies on: `severity` P0-P3, a `runbook` label naming a
/// catalog id (runbooks/<id>.md), a summary, one group per rule file, and promtool tests for every alert.
public sealed class AlertConventionsTests
{
    private static readonly string[] Severities = ["P0", "P1", "P2", "P3"];

    private static readonly IReadOnlyList<AlertRule> Alerts =
        [.. MonitoringFiles.RuleFiles().SelectMany(RuleFileReader.Read)];

    private static readonly IReadOnlyList<(string AlertName, bool Fires)> Expectations =
        [.. MonitoringFiles.TestFiles().SelectMany(TestFileReader.Read)];

    [Fact]
    public void EveryRuleFileDefinesAlerts()
    {
        var empty = MonitoringFiles.RuleFiles().Where(f => RuleFileReader.Read(f).Count == 0).ToList();
        Assert.NotEmpty(MonitoringFiles.RuleFiles());
        Assert.True(empty.Count == 0, "Rule files without alerts: " + string.Join(", ", empty));
    }

    [Fact]
    public void EveryRuleFileHoldsOneGroupNamedAfterTheFile()
    {
        var wrong = new List<string>();
        foreach (var file in MonitoringFiles.RuleFiles())
        {
            var groups = File.ReadLines(MonitoringFiles.Absolute(file))
                .Select(l => l.Trim())
                .Where(l => l.StartsWith("- name:", StringComparison.Ordinal))
                .Select(l => l["- name:".Length..].Trim())
                .ToList();
            var expected = Path.GetFileName(file)[..^".rules.yml".Length];
            if (groups is not [var only] || only != expected) wrong.Add($"{file}: groups [{string.Join(", ", groups)}], expected [{expected}]");
        }

        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    [Fact]
    public void AlertNamesAreUnique()
    {
        var duplicates = Alerts.GroupBy(a => a.Name).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.True(duplicates.Count == 0, "Alerts defined twice: " + string.Join(", ", duplicates));
    }

    [Fact]
    public void EveryAlertHasASeverityFromP0ToP3()
    {
        var wrong = Alerts.Where(a => !Severities.Contains(a.Labels.GetValueOrDefault("severity")))
            .Select(a => $"{a.Name} ({a.File}): severity '{a.Labels.GetValueOrDefault("severity")}'").ToList();
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    [Fact]
    public void EveryAlertNamesTheRunbookOfACatalogEntry()
    {
        var ids = File.ReadLines(MonitoringFiles.CatalogIds)
            .Select(l => l.Trim())
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .ToHashSet(StringComparer.Ordinal);
        Assert.NotEmpty(ids);
        var wrong = Alerts.Where(a => !ids.Contains(a.Labels.GetValueOrDefault("runbook") ?? ""))
            .Select(a => $"{a.Name} ({a.File}): runbook '{a.Labels.GetValueOrDefault("runbook")}' is not in catalog-ids.txt").ToList();
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    [Fact]
    public void EveryAlertHasASummaryAndADescription()
    {
        var wrong = Alerts
            .Where(a => string.IsNullOrWhiteSpace(a.Annotations.GetValueOrDefault("summary"))
                || string.IsNullOrWhiteSpace(a.Annotations.GetValueOrDefault("description")))
            .Select(a => $"{a.Name} ({a.File})").ToList();
        Assert.True(wrong.Count == 0, "Alerts without summary or description: " + string.Join(", ", wrong));
    }

    [Fact]
    public void EveryRuleFileHasATestFileOfTheSameName()
    {
        var tests = MonitoringFiles.TestFiles().Select(f => Path.GetFileName(f)[..^".test.yml".Length]).ToHashSet(StringComparer.Ordinal);
        var missing = MonitoringFiles.RuleFiles().Select(f => Path.GetFileName(f)[..^".rules.yml".Length]).Where(n => !tests.Contains(n)).ToList();
        Assert.True(missing.Count == 0, "Rule files without monitoring/tests/<name>.test.yml: " + string.Join(", ", missing));
    }

    [Fact]
    public void EveryAlertHasATestCaseWhereItFires()
    {
        var tested = Expectations.Where(e => e.Fires).Select(e => e.AlertName).ToHashSet(StringComparer.Ordinal);
        var missing = Alerts.Where(a => !tested.Contains(a.Name)).Select(a => $"{a.Name} ({a.File})").ToList();
        Assert.True(missing.Count == 0, "Alerts no promtool test expects to fire: " + string.Join(", ", missing));
    }

    [Fact]
    public void EveryAlertButTheWatchdogHasATestCaseWhereItStaysSilent()
    {
        var tested = Expectations.Where(e => !e.Fires).Select(e => e.AlertName).ToHashSet(StringComparer.Ordinal);
        var missing = Alerts.Where(a => a.Name != "Watchdog" && !tested.Contains(a.Name)).Select(a => $"{a.Name} ({a.File})").ToList();
        Assert.True(missing.Count == 0, "Alerts no promtool test expects to stay silent: " + string.Join(", ", missing));
    }

    [Fact]
    public void TheWatchdogAlwaysFiresAndPointsAtTheMonitoringDownRunbook()
    {
        var watchdog = Assert.Single(Alerts, a => a.Name == "Watchdog");
        Assert.Equal("P3", watchdog.Labels["severity"]);
        Assert.Equal("monitoring-down", watchdog.Labels["runbook"]);
        Assert.Contains("expr: vector(1)", File.ReadAllText(MonitoringFiles.Absolute(watchdog.File)), StringComparison.Ordinal);
    }
}
