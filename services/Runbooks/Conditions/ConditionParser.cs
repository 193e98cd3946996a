using System.Globalization;
using System.Text.RegularExpressions;
using GameDay.Contracts;

namespace GameDay.Runbooks;

/// Parses one condition of docs/runbook-format.md into a typed <see cref="Condition"/>; evaluation is the responder's.
public static partial class ConditionParser
{
    public const string Forms =
        "resource <name> healthy|unhealthy|running, all resources healthy, trading active, trading halted [reason <reason>], pnl above loss limit, " +
        "stream <stream> group <group> pending|lag <op> <N>, stream <stream> dlq length <op> <N>, postgres connections <op> <N>, " +
        "postgres lock waits <op> <N>, alert <AlertName> resolved|firing, invariants hold, approval granted " +
        "(op: <, <=, ==, >; optional suffix: within <N>s)";

    public static Condition Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var within = default(TimeSpan?);
        if (tokens.Length >= 2 && tokens[^2] == "within")
        {
            within = ParseDuration(text, tokens[^1]);
            tokens = tokens[..^2];
        }
        return Body(text, tokens, within) ?? throw new ConditionFormatException(text, $"not a known form; expected one of: {Forms}.");
    }

    public static bool TryParse(string text, out Condition? condition, out string? error)
    {
        try
        {
            (condition, error) = (Parse(text), null);
            return true;
        }
        catch (ConditionFormatException ex)
        {
            (condition, error) = (null, ex.Message);
            return false;
        }
    }

    private static Condition? Body(string text, string[] t, TimeSpan? within) => t switch
    {
        ["resource", var name, var state] => new ResourceCondition(Name(text, name, "resource"), State(text, state), within),
        ["all", "resources", "healthy"] => new ResourceCondition(null, ResourceState.Healthy, within),
        ["trading", "active"] => new TradingCondition(false, null, within),
        ["trading", "halted"] => new TradingCondition(true, null, within),
        ["trading", "halted", "reason", var reason] => new TradingCondition(true, Reason(text, reason), within),
        ["pnl", "above", "loss", "limit"] => new PnlAboveLossLimitCondition(within),
        ["stream", var stream, "group", var group, "pending", var op, var n] =>
            new StreamCondition(Name(text, stream, "stream"), Name(text, group, "group"), StreamMeasure.Pending, Compare(text, op, n), within),
        ["stream", var stream, "group", var group, "lag", var op, var n] =>
            new StreamCondition(Name(text, stream, "stream"), Name(text, group, "group"), StreamMeasure.Lag, Compare(text, op, n), within),
        ["stream", var stream, "dlq", "length", var op, var n] =>
            new StreamCondition(Name(text, stream, "stream"), null, StreamMeasure.DlqLength, Compare(text, op, n), within),
        ["postgres", "connections", var op, var n] => new PostgresCondition(PostgresMeasure.Connections, Compare(text, op, n), within),
        ["postgres", "lock", "waits", var op, var n] => new PostgresCondition(PostgresMeasure.LockWaits, Compare(text, op, n), within),
        ["alert", var name, "resolved"] => new AlertCondition(AlertName(text, name), false, within),
        ["alert", var name, "firing"] => new AlertCondition(AlertName(text, name), true, within),
        ["invariants", "hold"] => new InvariantsCondition(within),
        ["approval", "granted"] => new ApprovalCondition(within),
        _ => null,
    };

    private static TimeSpan ParseDuration(string text, string token)
    {
        var match = DurationPattern().Match(token);
        if (!match.Success) throw new ConditionFormatException(text, $"'within' needs a duration in seconds such as 60s, not '{token}'.");
        return TimeSpan.FromSeconds(int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture));
    }

    private static ResourceState State(string text, string token) => token switch
    {
        "healthy" => ResourceState.Healthy,
        "unhealthy" => ResourceState.Unhealthy,
        "running" => ResourceState.Running,
        _ => throw new ConditionFormatException(text, $"a resource is healthy, unhealthy or running, not '{token}'."),
    };

    private static Comparison Compare(string text, string op, string number)
    {
        if (!Comparison.TryParseOperator(op, out var parsed))
        {
            throw new ConditionFormatException(text, $"'{op}' is not a comparison; use <, <=, == or >.");
        }
        if (!long.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            throw new ConditionFormatException(text, $"'{number}' is not a non-negative whole number.");
        }
        return new Comparison(parsed, value);
    }

    private static string Reason(string text, string reason) => HaltReasons.All.Contains(reason)
        ? reason
        : throw new ConditionFormatException(text, $"unknown halt reason '{reason}'; valid reasons are {string.Join(", ", HaltReasons.All)}.");

    private static string Name(string text, string name, string what) => NamePattern().IsMatch(name)
        ? name
        : throw new ConditionFormatException(text, $"'{name}' is not a {what} name (lower case, digits, '.', '-', '_').");

    private static string AlertName(string text, string name) => AlertNamePattern().IsMatch(name)
        ? name
        : throw new ConditionFormatException(text, $"'{name}' is not an alert name (letters and digits, e.g. ServiceDown).");

    [GeneratedRegex("^([0-9]{1,6})s$")]
    private static partial Regex DurationPattern();

    [GeneratedRegex("^[a-z0-9][a-z0-9._-]*$")]
    private static partial Regex NamePattern();

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_]*$")]
    private static partial Regex AlertNamePattern();
}
