namespace GameDay.IncidentResponder.Model;

public enum MarketSession
{
    Unknown,
    Open,
    Halted,
    Closed,
}
