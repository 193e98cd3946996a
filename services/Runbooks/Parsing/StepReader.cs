using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace GameDay.Runbooks.Parsing;

/// Reads and checks the ```steps block: a YAML list of steps whose actions come from the catalogue,
/// whose conditions parse, and whose high-risk steps wait for `approval granted`.
internal sealed partial class StepReader(YamlBlock yaml, int fenceLine, string file)
{
    private static readonly string[] Keys = ["id", "kind", "action", "with", "risk", "pre", "post", "description"];
    private static readonly string[] Required = ["id", "kind", "action", "risk", "description"];

    public IReadOnlyList<RunbookStep> Read(string text)
    {
        if (yaml.Load(text) is not YamlSequenceNode { Children.Count: > 0 } list)
        {
            throw new RunbookFormatException(file, fenceLine, "the steps block must be a non-empty YAML list of steps.");
        }
        var steps = new List<RunbookStep>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in list.Children)
        {
            var step = ReadStep(node);
            if (!ids.Add(step.Id)) throw new RunbookFormatException(file, step.Line, $"duplicate step id '{step.Id}'.");
            steps.Add(step);
        }
        return steps;
    }

    private RunbookStep ReadStep(YamlNode node)
    {
        if (node is not YamlMappingNode map) throw yaml.Error(node, "a step must be a mapping with id, kind, action, risk and description.");
        var values = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        foreach (var (key, keyNode, value) in YamlBlock.Entries(map))
        {
            if (!Keys.Contains(key)) throw yaml.Error(keyNode, $"unknown step key '{key}'; the keys are {string.Join(", ", Keys)}.");
            values[key] = value;
        }
        foreach (var key in Required.Where(key => !values.ContainsKey(key)))
        {
            throw yaml.Error(node, $"the step lacks '{key}'.");
        }

        var id = yaml.Scalar(values["id"], "id");
        if (!StepId().IsMatch(id)) throw yaml.Error(values["id"], $"step id '{id}' must be kebab-case (a-z, 0-9, '-').");
        var kind = Parse<StepKind>(values["kind"], "kind", "diagnose, mitigate or verify");
        var risk = Parse<RiskClass>(values["risk"], "risk", "low, medium or high");
        var action = ReadAction(values["action"], kind);
        var with = ReadParameters(action, values.GetValueOrDefault("with"), values["action"]);
        var pre = ReadConditions(values.GetValueOrDefault("pre"), "pre");
        var post = ReadConditions(values.GetValueOrDefault("post"), "post");
        if (risk == RiskClass.High && !pre.Any(condition => ConditionParser.Parse(Template.FillWithNames(condition)) is ApprovalCondition))
        {
            throw yaml.Error(values["risk"], $"step '{id}' is high-risk and needs pre: [\"approval granted\"].");
        }
        return new RunbookStep(id, kind, action.Name, with, risk, pre, post, yaml.Scalar(values["description"], "description"), yaml.Line(node));
    }

    private ActionSpec ReadAction(YamlNode node, StepKind kind)
    {
        var name = yaml.Scalar(node, "action");
        if (!ActionCatalogue.Actions.TryGetValue(name, out var action))
        {
            throw yaml.Error(node, $"unknown action '{name}'; the catalogue has {string.Join(", ", ActionCatalogue.Names)}.");
        }
        if (action.ChangesSystem && kind != StepKind.Mitigate)
        {
            throw yaml.Error(node, $"action '{name}' changes the system; only a mitigate step may use it.");
        }
        return action;
    }

    private Dictionary<string, string> ReadParameters(ActionSpec action, YamlNode? node, YamlNode actionNode)
    {
        var parameters = new Dictionary<string, string>(StringComparer.Ordinal);
        if (node is not null and not YamlScalarNode { Value: null or "" })
        {
            if (node is not YamlMappingNode map) throw yaml.Error(node, "'with' must be a mapping of parameters, e.g. with: { resource: redis }.");
            foreach (var (key, keyNode, value) in YamlBlock.Entries(map))
            {
                if (!action.Allowed.Contains(key))
                {
                    var allowed = action.Allowed.Count == 0 ? "none" : string.Join(", ", action.Allowed);
                    throw yaml.Error(keyNode, $"action '{action.Name}' has no parameter '{key}'; its parameters: {allowed}.");
                }
                parameters[key] = yaml.Scalar(value, key);
                CheckTemplate(value, parameters[key]);
            }
        }
        foreach (var missing in action.Required.Where(name => !parameters.ContainsKey(name)))
        {
            throw yaml.Error(actionNode, $"action '{action.Name}' needs the parameter '{missing}'.");
        }
        if (action.Name == "notify" && !ActionCatalogue.NotifyTemplates.Contains(parameters["template"]))
        {
            throw yaml.Error(node!, $"notify template '{parameters["template"]}' is not one of {string.Join(", ", ActionCatalogue.NotifyTemplates)}.");
        }
        return parameters;
    }

    private List<string> ReadConditions(YamlNode? node, string key)
    {
        if (node is null) return [];
        var conditions = new List<string>();
        foreach (var (text, item) in yaml.ScalarList(node, key))
        {
            CheckTemplate(item, text);
            if (!ConditionParser.TryParse(Template.FillWithNames(text), out _, out var error)) throw yaml.Error(item, error!);
            conditions.Add(text);
        }
        return conditions;
    }

    private void CheckTemplate(YamlNode node, string text)
    {
        try
        {
            Template.Labels(text);
        }
        catch (TemplateException ex)
        {
            throw yaml.Error(node, ex.Message);
        }
    }

    private T Parse<T>(YamlNode node, string key, string allowed) where T : struct, Enum
    {
        var text = yaml.Scalar(node, key);
        return text == text.ToLowerInvariant() && Enum.TryParse<T>(text, ignoreCase: true, out var value) && !int.TryParse(text, out _)
            ? value
            : throw yaml.Error(node, $"unknown {key} '{text}'; use {allowed}.");
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex StepId();
}
