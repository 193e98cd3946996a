namespace GameDay.Runbooks;

public enum ComparisonOperator
{
    LessThan,
    LessOrEqual,
    Equal,
    GreaterThan,
}

/// `< N`, `<= N`, `== N`, `> N` against a count.
public sealed record Comparison(ComparisonOperator Operator, long Value)
{
    public bool IsSatisfiedBy(long actual) => Operator switch
    {
        ComparisonOperator.LessThan => actual < Value,
        ComparisonOperator.LessOrEqual => actual <= Value,
        ComparisonOperator.Equal => actual == Value,
        _ => actual > Value,
    };

    internal static bool TryParseOperator(string text, out ComparisonOperator op)
    {
        (var ok, op) = text switch
        {
            "<" => (true, ComparisonOperator.LessThan),
            "<=" => (true, ComparisonOperator.LessOrEqual),
            "==" => (true, ComparisonOperator.Equal),
            ">" => (true, ComparisonOperator.GreaterThan),
            _ => (false, default),
        };
        return ok;
    }
}
