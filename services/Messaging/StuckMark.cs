using System.Globalization;

namespace GameDay.Messaging;

/// An entry that the consumers of `Group` cannot finish until `Until`: the chaos library's stand-in for an entry a
/// handler never returns from (a call without a timeout, a lock that is never released). A mark that does not parse
/// is no mark: a consumer must never hang on a malformed field.
public sealed record StuckMark(string Group, DateTimeOffset Until)
{
    public static StuckMark? From(string group, string until) =>
        group.Length > 0 && DateTimeOffset.TryParse(until, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var at)
            ? new StuckMark(group, at)
            : null;
}
