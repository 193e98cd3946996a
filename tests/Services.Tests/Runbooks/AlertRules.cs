using YamlDotNet.RepresentationModel;

namespace GameDay.Services.Tests.Runbooks;

/// The alerts of monitoring/rules/*.rules.yml with their `runbook` label.
internal static class AlertRules
{
    public static IReadOnlyList<(string Alert, string Runbook)> Load()
    {
        var alerts = new List<(string, string)>();
        foreach (var file in Directory.EnumerateFiles(RepoFiles.Rules, "*.yml"))
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(File.ReadAllText(file)));
            var root = (YamlMappingNode)stream.Documents[0].RootNode;
            foreach (var group in ((YamlSequenceNode)root["groups"]).Children.Cast<YamlMappingNode>())
            {
                foreach (var rule in ((YamlSequenceNode)group["rules"]).Children.Cast<YamlMappingNode>())
                {
                    if (!rule.Children.ContainsKey("alert")) continue;
                    var labels = (YamlMappingNode)rule["labels"];
                    alerts.Add((((YamlScalarNode)rule["alert"]).Value!, ((YamlScalarNode)labels["runbook"]).Value!));
                }
            }
        }
        return alerts;
    }
}
