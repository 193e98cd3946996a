namespace GameDay.IncidentResponder.Model;

public static class CommunicationKinds
{
    public const string Start = "start";
    public const string Update = "update";
    public const string Resolved = "resolved";
}
