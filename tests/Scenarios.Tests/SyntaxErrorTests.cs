using static GameDay.Scenarios.Tests.ScenarioText;

namespace GameDay.Scenarios.Tests;

public class SyntaxErrorTests
{
    [Fact]
    public void SyntaxErrorIsReportedAtYamlDotNetsStartMark()
    {
        var yaml = Minimal.Replace("layer: process", "layer: process\n  oops: 1");

        var error = SingleError(Load(yaml).Result);

        // YamlDotNet marks the ':' that turns the over-indented 'oops' into an invalid mapping.
        var (line, column) = Position(yaml, "oops: 1");
        Assert.Equal((line, column + "oops".Length), (error.Line, error.Column));
        Assert.StartsWith("invalid YAML: ", error.Message);
    }

    [Fact]
    public void UnclosedFlowSequenceIsReportedAtItsBracket()
    {
        var yaml = Minimal.Replace("catalog: [service-crash]", "catalog: [service-crash");

        var error = SingleError(Load(yaml).Result);

        Assert.Equal(Position(yaml, "[service-crash"), (error.Line, error.Column));
        Assert.Equal("invalid YAML: '[' is never closed", error.Message);
    }

    [Fact]
    public void DuplicateKeyIsReportedAtTheSecondKey()
    {
        var yaml = Minimal.Replace("layer: process", "layer: process\ntitle: Again");

        var error = SingleError(Load(yaml).Result);

        Assert.Equal(Position(yaml, "title: Again"), (error.Line, error.Column));
        Assert.Contains("Duplicate key", error.Message);
    }

    [Fact]
    public void SecondDocumentIsAnError()
    {
        var yaml = Minimal + "---\nid: crash-loop\n";

        var error = SingleError(Load(yaml).Result);

        Assert.Equal(Position(yaml, "id: crash-loop"), (error.Line, error.Column));
        Assert.Contains("one YAML document", error.Message);
    }
}
