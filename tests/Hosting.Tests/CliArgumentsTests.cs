using GameDay.Hosting.Cli;

namespace GameDay.Hosting.Tests;

public class CliArgumentsTests
{
    [Fact]
    public void NoArgumentsMeansUp() => Assert.Equal("up", CliArguments.Parse([]).Verb);

    [Fact]
    public void LeadingOptionsMeanUpWithThoseOptions()
    {
        var args = CliArguments.Parse(["--seed", "7"]);
        Assert.Equal("up", args.Verb);
        Assert.Equal(7, args.IntOption("seed"));
    }

    [Fact]
    public void LogsTakesResourceTailAndFollow()
    {
        var args = CliArguments.Parse(["logs", "orchestrator", "--tail", "20", "-f"]);
        Assert.Equal(["orchestrator"], args.Positionals);
        Assert.Equal(20, args.IntOption("tail"));
        Assert.Contains("follow", args.Flags);
        Assert.Null(args.Error);
    }

    [Fact]
    public void EqualsFormWorksToo() => Assert.Equal(5, CliArguments.Parse(["logs", "x", "--tail=5"]).IntOption("tail"));

    [Fact]
    public void PsqlArgumentsPassThroughUntouched()
    {
        var args = CliArguments.Parse(["psql", "-c", "select 1", "--tail"]);
        Assert.Equal(["-c", "select 1", "--tail"], args.Rest);
        Assert.Null(args.Error);
    }

    [Theory]
    [InlineData("--data-dir", "/tmp/x", "-c", "select 1")]
    [InlineData("--data-dir=/tmp/x", "--", "-c", "select 1")]
    public void ThePsqlStackComesFirstAndTheRestIsPsqls(params string[] after)
    {
        var args = CliArguments.Parse(["psql", .. after]);

        Assert.Equal("/tmp/x", args.Options["data-dir"]);
        Assert.Equal(["-c", "select 1"], args.Rest);
        Assert.Null(args.Error);
    }

    [Fact]
    public void ADataDirAfterTheToolsOwnArgumentsIsTheTools() =>
        Assert.Equal(["-c", "select 1", "--data-dir", "x"], CliArguments.Parse(["psql", "-c", "select 1", "--data-dir", "x"]).Rest);

    [Fact]
    public void MissingOrBadValuesAreErrorsNotExceptions()
    {
        Assert.NotNull(CliArguments.Parse(["logs", "x", "--tail"]).Error);
        Assert.NotNull(CliArguments.Parse(["up", "--seed", "abc"]).Error);
    }

    [Fact]
    public void SeedComesFromTheCommandLineThenTheEnvironmentThenTheDefault()
    {
        var options = new DistributedApplicationOptions();
        CliArguments.ApplyRunOptions(CliArguments.Parse(["up"]), options, _ => null);
        Assert.Equal(42, options.Seed);
        CliArguments.ApplyRunOptions(CliArguments.Parse(["up"]), options, n => n == "GAMEDAY_SEED" ? "9" : null);
        Assert.Equal(9, options.Seed);
        CliArguments.ApplyRunOptions(CliArguments.Parse(["up", "--seed", "3"]), options, n => n == "GAMEDAY_SEED" ? "9" : null);
        Assert.Equal(3, options.Seed);
    }

    [Fact]
    public void RandomPortsOnlyWhenAsked()
    {
        var options = new DistributedApplicationOptions();
        CliArguments.ApplyRunOptions(CliArguments.Parse(["up"]), options, _ => null);
        Assert.False(options.RandomPorts);
        CliArguments.ApplyRunOptions(CliArguments.Parse(["up", "--data-dir", "/tmp/x", "--random-ports"]), options, _ => null);
        Assert.True(options.RandomPorts);
        Assert.Equal("/tmp/x", options.DataDirectory);
    }

    [Fact]
    public void OtlpComesFromTheCommandLineOrTheEnvironment()
    {
        var options = new DistributedApplicationOptions();
        CliArguments.ApplyRunOptions(CliArguments.Parse(["up"]), options, _ => null);
        Assert.Null(options.OtlpEndpoint);
        CliArguments.ApplyRunOptions(CliArguments.Parse(["up"]), options, n => n == "OTEL_EXPORTER_OTLP_ENDPOINT" ? "http://x:4317" : null);
        Assert.Equal("http://x:4317", options.OtlpEndpoint);
        CliArguments.ApplyRunOptions(CliArguments.Parse(["up", "--otlp", "http://y:4317"]), options, _ => null);
        Assert.Equal("http://y:4317", options.OtlpEndpoint);
    }

    [Fact]
    public void AlertWebhookComesFromTheCommandLineOrTheEnvironment()
    {
        var options = new DistributedApplicationOptions();
        CliArguments.ApplyRunOptions(CliArguments.Parse(["up"]), options, _ => null);
        Assert.Null(options.AlertWebhookUrl);
        CliArguments.ApplyRunOptions(CliArguments.Parse(["up"]), options, n => n == "GAMEDAY_ALERT_WEBHOOK" ? "http://x/alerts" : null);
        Assert.Equal("http://x/alerts", options.AlertWebhookUrl);
        CliArguments.ApplyRunOptions(CliArguments.Parse(["up", "--alert-webhook", "http://y/alerts"]), options, _ => "http://x/alerts");
        Assert.Equal("http://y/alerts", options.AlertWebhookUrl);
        Assert.NotNull(CliArguments.Parse(["up", "--alert-webhook", "not a url"]).Error);
    }
}
