namespace GameDay.Broker.Model;

/// One index-wide halt level: a move of `Percent` from the reference level halts the market for
/// `Halt` of session time (null: the configured default).
public sealed record CircuitBreakerLevel(double Percent, TimeSpan? Halt = null)
{
    public CircuitBreakerLevel() : this(0) { }
}
