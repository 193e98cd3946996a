namespace GameDay.Scenarios.Tests;

/// Small scenario files as text, loading them from a temp file, and finding where a fragment sits.
internal static class ScenarioText
{
    /// The smallest valid scenario: every required key once, no optional one.
    public const string Minimal = """
        id: service-crash
        title: Execution engine crash
        catalog: [service-crash]
        sources: ["002 service failure"]
        layer: process
        steady_state:
          - invariant: all-healthy
        faults:
          - kind: process.kill
            target: execution-engine
            duration: 60s
        expect:
          alerts: [ServiceDown]
          detected_within: 30s
          severity: P1
          runbook: service-crash
          recovered_within: 120s
        invariants: [no-lost-order]

        """;

    /// Writes <paramref name="yaml"/> as <c>&lt;name&gt;.yaml</c> in a temp directory and loads it.
    public static (ScenarioLoadResult Result, string File) Load(string yaml, string name = "service-crash")
    {
        using var directory = new TempDirectory();
        var file = directory.Write(name + ".yaml", yaml);
        return (TestTables.Loader().Load(file), file);
    }

    /// 1-based line and column of the first occurrence of <paramref name="fragment"/>.
    public static (int Line, int Column) Position(string yaml, string fragment)
    {
        var lines = yaml.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var column = lines[i].IndexOf(fragment, StringComparison.Ordinal);
            if (column >= 0) return (i + 1, column + 1);
        }
        throw new ArgumentException($"'{fragment}' is not in the text.", nameof(fragment));
    }

    /// The one error of a result, with every error in the failure message when there is not exactly one.
    public static ScenarioError SingleError(ScenarioLoadResult result)
    {
        Assert.True(result.Errors.Count == 1, $"expected one error, got {result.Errors.Count}:\n{string.Join('\n', result.Errors)}");
        Assert.Empty(result.Scenarios);
        return result.Errors[0];
    }

    /// Asserts one error at the position of <paramref name="fragment"/> whose message contains <paramref name="message"/>.
    public static void AssertError(string yaml, string fragment, string message, string name = "service-crash")
    {
        var (result, file) = Load(yaml, name);
        var error = SingleError(result);
        var (line, column) = Position(yaml, fragment);
        Assert.Equal((file, line, column), (error.File, error.Line, error.Column));
        Assert.Contains(message, error.Message);
    }
}
