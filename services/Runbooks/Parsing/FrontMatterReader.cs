using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace GameDay.Runbooks.Parsing;

/// Reads and checks the front matter: id (the file name), title, catalog, severity, alerts, sources.
internal sealed partial class FrontMatterReader(string file, YamlBlock yaml, int openingLine)
{
    private static readonly string[] Keys = ["id", "title", "catalog", "severity", "alerts", "sources"];
    private static readonly string[] Severities = ["P0", "P1", "P2", "P3"];

    public FrontMatter Read(string text)
    {
        if (yaml.Load(text) is not YamlMappingNode map)
        {
            throw new RunbookFormatException(file, openingLine, $"the front matter must be a YAML mapping with the keys {string.Join(", ", Keys)}.");
        }
        var values = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        foreach (var (key, keyNode, value) in YamlBlock.Entries(map))
        {
            if (!Keys.Contains(key)) throw yaml.Error(keyNode, $"unknown front matter key '{key}'; the keys are {string.Join(", ", Keys)}.");
            values[key] = value;
        }
        foreach (var key in Keys.Where(key => !values.ContainsKey(key)))
        {
            throw new RunbookFormatException(file, openingLine, $"missing front matter key '{key}'.");
        }

        var id = yaml.Scalar(values["id"], "id");
        var expected = Path.GetFileNameWithoutExtension(file);
        if (file.EndsWith(".md", StringComparison.Ordinal) && id != expected)
        {
            throw yaml.Error(values["id"], $"id '{id}' differs from the file name '{expected}'.");
        }
        var catalog = yaml.ScalarList(values["catalog"], "catalog");
        if (catalog.Count == 0) throw yaml.Error(values["catalog"], "'catalog' must name at least one failure-catalog id.");
        foreach (var (entry, node) in catalog.Where(entry => !CatalogId().IsMatch(entry.Value)))
        {
            throw yaml.Error(node, $"'{entry}' is not a catalog id (kebab-case, e.g. service-crash).");
        }
        var severity = yaml.Scalar(values["severity"], "severity");
        if (!Severities.Contains(severity)) throw yaml.Error(values["severity"], $"unknown severity '{severity}'; use P0, P1, P2 or P3.");
        var sources = yaml.ScalarList(values["sources"], "sources");
        if (sources.Count == 0) throw yaml.Error(values["sources"], "'sources' must name the seed runbook sections the runbook is written from.");

        return new FrontMatter(id, yaml.Scalar(values["title"], "title"), Values(catalog), severity,
            Values(yaml.ScalarList(values["alerts"], "alerts")), Values(sources));
    }

    private static string[] Values(IReadOnlyList<(string Value, YamlNode Node)> list) => list.Select(entry => entry.Value).ToArray();

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex CatalogId();
}

internal sealed record FrontMatter(
    string Id, string Title, IReadOnlyList<string> Catalog, string Severity, IReadOnlyList<string> Alerts, IReadOnlyList<string> Sources);
