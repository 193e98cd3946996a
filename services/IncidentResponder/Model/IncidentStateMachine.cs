namespace GameDay.IncidentResponder.Model;

/// Legal incident transitions. Going back is allowed only where the process needs it: a re-fire
/// re-opens a monitoring or (within the flap window) resolved incident, and an operator returns from
/// monitoring to mitigating when a fix does not hold. Closed is final.
public static class IncidentStateMachine
{
    private static readonly Dictionary<string, string[]> Allowed = new()
    {
        [IncidentStates.Triggered] = [IncidentStates.Acknowledged, IncidentStates.Monitoring],
        [IncidentStates.Acknowledged] = [IncidentStates.Mitigating, IncidentStates.Monitoring],
        [IncidentStates.Mitigating] = [IncidentStates.Monitoring],
        [IncidentStates.Monitoring] =
            [IncidentStates.Resolved, IncidentStates.Triggered, IncidentStates.Acknowledged, IncidentStates.Mitigating],
        [IncidentStates.Resolved] = [IncidentStates.Closed, IncidentStates.Triggered, IncidentStates.Acknowledged],
        [IncidentStates.Closed] = [],
    };

    public static bool CanMove(string from, string to) =>
        Allowed.TryGetValue(from, out var targets) && targets.Contains(to);

    /// Null when the move is legal, otherwise why not (for a 409 problem).
    public static string? Refusal(string from, string to)
    {
        if (!IncidentStates.IsKnown(to)) return $"Unknown state '{to}'; states are {string.Join(", ", IncidentStates.All)}.";
        if (CanMove(from, to)) return null;
        var legal = Allowed.TryGetValue(from, out var targets) && targets.Length > 0 ? string.Join(", ", targets) : "none";
        return $"An incident cannot go from {from} to {to} (from {from}: {legal}).";
    }

    /// Where a re-fire takes an incident back to: acknowledged if someone already owns it.
    public static string ReopenState(bool acknowledged) => acknowledged ? IncidentStates.Acknowledged : IncidentStates.Triggered;
}
