namespace GameDay.IncidentResponder.Actions;

/// What an action gets: the incident, the step and its parameters with the alert's labels filled in.
public sealed record ActionContext(long IncidentId, string RunbookId, string StepId, IReadOnlyDictionary<string, string> Parameters)
{
    public string Required(string name) => Parameters.TryGetValue(name, out var value) && value.Length > 0
        ? value
        : throw new ArgumentException($"the step has no parameter '{name}'.");

    public int Number(string name, int fallback) =>
        Parameters.TryGetValue(name, out var text) && int.TryParse(text, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var n)
            ? n
            : fallback;
}
