namespace GameDay.IncidentResponder.Model;

/// The status words of the seeds' messages (004: INVESTIGATING/MITIGATING/RESOLVED; 002 adds MONITORING).
public static class StatusWords
{
    public static string For(string state) => state switch
    {
        IncidentStates.Mitigating => "MITIGATING",
        IncidentStates.Monitoring => "MONITORING",
        IncidentStates.Resolved or IncidentStates.Closed => "RESOLVED",
        _ => "INVESTIGATING",
    };
}
