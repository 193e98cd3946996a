namespace GameDay.Hosting.Monitoring;

/// Just enough YAML for the generated configs: every value that comes from outside is single-quoted.
internal static class Yaml
{
    public static string Quote(string value) => "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";
}
