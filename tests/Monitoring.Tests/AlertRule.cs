namespace GameDay.Monitoring.Tests;

/// One alerting rule as written in a `monitoring/rules` file: enough to check the house conventions.
internal sealed record AlertRule(
    string File, string Name, IReadOnlyDictionary<string, string> Labels, IReadOnlyDictionary<string, string> Annotations);
