using GameDay.Contracts;
using YamlDotNet.RepresentationModel;

namespace GameDay.Scenarios.Parsing;

/// The `expect` block: alerts, detection and recovery deadlines, severity, runbook, halt state.
internal sealed class ExpectationsReader(KnownNames known, YamlReader yaml, ProbeReader probes)
{
    private static readonly string[] Keys =
        ["alerts", "detected_within", "severity", "runbook", "recovered_within", "recovered", "halted", "halt_reason"];

    public Expectations? Read(YamlNode? node)
    {
        var map = yaml.Mapping(node, "'expect'", Keys);
        if (map is null) return null;
        var before = yaml.Diagnostics.Count;
        var alerts = yaml.TextList(map.Required("alerts"), "alerts");
        var detectedWithin = yaml.Duration(map.Required("detected_within"), "detected_within");
        var severity = yaml.OneOf(map.Required("severity"), "severity", ScenarioFormat.Severities, "severity");
        var runbook = Runbook(map.Required("runbook"));
        var recoveredWithin = yaml.Duration(map.Required("recovered_within"), "recovered_within");
        var recovered = map.Optional("recovered") is { } list ? probes.List(list, "recovered", nonEmpty: false) : [];
        var halted = yaml.Boolean(map.Optional("halted"), "halted");
        var haltReason = HaltReason(map, halted);
        return yaml.Diagnostics.Count == before
            ? new Expectations(alerts!.Select(alert => alert.Value).ToArray(), detectedWithin!.Value, severity!, runbook!,
                recoveredWithin!.Value, recovered!, halted, haltReason)
            : null;
    }

    /// Runbooks are named by failure-catalog id: runbooks/service-crash.md is the runbook service-crash.
    private string? Runbook(YamlNode? node)
    {
        var runbook = yaml.Text(node, "runbook");
        if (runbook is null || known.CatalogIds.Contains(runbook)) return runbook;
        yaml.Diagnostics.Add(node!, $"unknown runbook '{runbook}': runbooks are named by catalog id{Similar.Hint(runbook, known.CatalogIds)}");
        return null;
    }

    private string? HaltReason(MappingReader map, bool? halted)
    {
        var node = map.Optional("halt_reason");
        if (node is null) return null;
        var reason = yaml.OneOf(node, "halt_reason", HaltReasons.All, "halt reason");
        if (reason is not null && halted != true)
        {
            yaml.Diagnostics.Add(map.Key("halt_reason")!, "'halt_reason' is only allowed with 'halted: true'");
        }
        return reason;
    }
}
