namespace GameDay.IncidentResponder.Model;

public enum GroupingAction
{
    OpenNew,
    Attach,
    Reopen,
}
