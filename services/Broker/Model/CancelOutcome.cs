namespace GameDay.Broker.Model;

public enum CancelOutcome
{
    Canceled,
    NotFound,
    AlreadyTerminal,
}
