namespace GameDay.Runbooks;

/// A template that cannot be filled: a malformed placeholder or a label the alert does not carry.
public sealed class TemplateException(string template, string problem) : Exception($"Template '{template}': {problem}")
{
    public string Template { get; } = template;

    public string Problem { get; } = problem;
}
