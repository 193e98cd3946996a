using static GameDay.Scenarios.Tests.ScenarioText;

namespace GameDay.Scenarios.Tests;

public class TopLevelErrorTests
{
    [Fact]
    public void UnknownTopLevelKeyNamesTheKnownKeys()
    {
        var yaml = Minimal.Replace("layer: process", "layer: process\nseverity: P1");

        AssertError(yaml, "severity: P1", "unknown key 'severity' (known: catalog, description, expect, faults, id, invariants, layer, sources, steady_state, title)");
    }

    [Fact]
    public void MissingRequiredKeyIsReportedAtTheParentMapping()
    {
        var yaml = Minimal.Replace("title: Execution engine crash\n", "");

        AssertError(yaml, "id:", "missing required key 'title' in the scenario");
    }

    [Fact]
    public void RequiredKeyWithoutValueIsReportedAtTheKey()
    {
        AssertError(Minimal.Replace("title: Execution engine crash", "title:"), "title:", "'title' has no value");
    }

    [Fact]
    public void IdMustEqualTheFileName()
    {
        AssertError(Minimal, "service-crash", "id 'service-crash' differs from the file name 'crash-loop'", name: "crash-loop");
    }

    [Fact]
    public void IdMustBeACatalogId()
    {
        var yaml = Minimal.Replace("id: service-crash", "id: service-crashes");

        AssertError(yaml, "service-crashes", "id 'service-crashes' is not a failure-catalog id (did you mean 'service-crash'?)", name: "service-crashes");
    }

    [Fact]
    public void UnknownCatalogIdIsReportedAtItsEntry()
    {
        var yaml = Minimal.Replace("catalog: [service-crash]", "catalog: [service-crash, redis-crash]");

        AssertError(yaml, "redis-crash", "unknown catalog id 'redis-crash'");
    }

    [Fact]
    public void EmptyRequiredListIsAnError()
    {
        AssertError(Minimal.Replace("catalog: [service-crash]", "catalog: []"), "[]", "'catalog' needs at least one entry");
    }

    [Theory]
    [InlineData("layer: process", "layer: kernel", "kernel", "unknown layer 'kernel' (known: process, network, app, data, config, venue, market, security)")]
    [InlineData("invariants: [no-lost-order]", "invariants: [no-lost-order, no-lost-trade]", "no-lost-trade", "unknown invariant 'no-lost-trade' (known: no-lost-order, ")]
    [InlineData("title: Execution engine crash", "title: [a, b]", "[a, b]", "'title' must be text, not a list")]
    [InlineData("catalog: [service-crash]", "catalog: crash-loop", "crash-loop", "'catalog' must be a list, e.g. catalog: [a, b], not 'crash-loop'")]
    [InlineData("faults:\n  - kind: process.kill\n    target: execution-engine\n    duration: 60s\n", "faults: process.kill\n", "process.kill", "'faults' must be a list")]
    public void WrongValuesAreReportedAtTheValue(string original, string replacement, string fragment, string message)
    {
        var yaml = Minimal.Replace(original, replacement);
        Assert.NotEqual(Minimal, yaml);

        AssertError(yaml, fragment, message);
    }

    [Fact]
    public void EmptyFileIsAnError()
    {
        var error = SingleError(Load("# nothing yet\n").Result);

        Assert.Equal((1, 1), (error.Line, error.Column));
        Assert.Contains("the file is empty", error.Message);
    }

    [Fact]
    public void RootMustBeAMapping()
    {
        AssertError("- id: service-crash\n", "- id", "a scenario is a YAML mapping");
    }
}
