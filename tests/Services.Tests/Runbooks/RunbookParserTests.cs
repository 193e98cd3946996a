using GameDay.Runbooks;

namespace GameDay.Services.Tests.Runbooks;

public class RunbookParserTests
{
    private const string Valid = """
        ---
        id: service-crash
        title: Service crash
        catalog: [service-crash]
        severity: P1
        alerts: [ServiceDown]
        sources: ["002 service failure"]
        ---

        # Service crash
        Prose for a person.

        ```steps
        - id: inspect
          kind: diagnose
          action: resource.logs
          with: { resource: "{{resource}}", tail: 50 }
          risk: low
          description: Read the log.
        - id: restart
          kind: mitigate
          action: resource.restart
          with: { resource: "{{resource}}" }
          risk: medium
          pre: ["resource {{resource}} unhealthy"]
          post: ["resource {{resource}} healthy within 60s"]
          description: Restart the service.
        ```
        """;

    private const string File = "runbooks/service-crash.md";

    [Fact]
    public void ValidRunbookGivesFrontMatterProseAndSteps()
    {
        var runbook = RunbookParser.Parse(File, Valid);

        Assert.Equal("service-crash", runbook.Id);
        Assert.Equal("Service crash", runbook.Title);
        Assert.Equal(["service-crash"], runbook.Catalog);
        Assert.Equal("P1", runbook.Severity);
        Assert.Equal(["ServiceDown"], runbook.Alerts);
        Assert.Equal(["002 service failure"], runbook.Sources);
        Assert.Contains("Prose for a person.", runbook.Prose);
        Assert.DoesNotContain("```steps", runbook.Prose);
        Assert.Equal(["inspect", "restart"], runbook.Steps.Select(step => step.Id));
        var restart = runbook.Step("restart")!;
        Assert.Equal(StepKind.Mitigate, restart.Kind);
        Assert.Equal(RiskClass.Medium, restart.Risk);
        Assert.Equal("resource.restart", restart.Action);
        Assert.Equal("{{resource}}", restart.With["resource"]);
        Assert.Equal(["resource {{resource}} unhealthy"], restart.Pre);
        Assert.Equal(["resource {{resource}} healthy within 60s"], restart.Post);
        Assert.Equal(20, restart.Line);
        Assert.Equal("50", runbook.Step("inspect")!.With["tail"]);
    }

    [Theory]
    [InlineData("severity: P1\n", "", 1, "missing front matter key 'severity'")]
    [InlineData("severity: P1", "severity: P7", 5, "unknown severity 'P7'")]
    [InlineData("alerts: [ServiceDown]", "owner: sre", 6, "unknown front matter key 'owner'")]
    [InlineData("id: service-crash", "id: service-crush", 2, "differs from the file name")]
    [InlineData("kind: mitigate", "kind: repair", 21, "unknown kind 'repair'")]
    [InlineData("risk: medium", "risk: extreme", 24, "unknown risk 'extreme'")]
    [InlineData("action: resource.restart", "action: resource.reboot", 22, "unknown action 'resource.reboot'")]
    [InlineData("- id: restart", "- id: inspect", 20, "duplicate step id 'inspect'")]
    [InlineData("{{resource}} unhealthy", "{{resource}} sick", 25, "healthy, unhealthy or running")]
    [InlineData("healthy within 60s", "healthy within 1m", 26, "'within' needs a duration")]
    [InlineData("risk: medium", "risk: high", 24, "high-risk and needs pre: [\"approval granted\"]")]
    [InlineData("with: { resource: \"{{resource}}\" }", "with: { resource: \"{{resource}}\", tail: 5 }", 23, "has no parameter 'tail'")]
    [InlineData("  with: { resource: \"{{resource}}\" }\n", "", 22, "needs the parameter 'resource'")]
    [InlineData("with: { resource: \"{{resource}}\" }", "with: { resource: \"{{resource}\" }", 23, "malformed")]
    [InlineData("kind: mitigate", "kind: diagnose", 22, "only a mitigate step may use it")]
    [InlineData("  description: Restart the service.", "  description: Restart the service.\n  timeout: 5", 28, "unknown step key 'timeout'")]
    [InlineData("  description: Restart the service.", "", 20, "the step lacks 'description'")]
    [InlineData("  risk: medium", "  risk: medium\n    extra: 1", 25, "invalid YAML")]
    [InlineData("- id: restart\n", "- id: restart\n  kind: [\n", 14, "invalid YAML: an unclosed")]
    public void MalformedRunbookNamesFileLineAndProblem(string find, string replace, int line, string problem)
    {
        var text = Valid.Replace(find, replace, StringComparison.Ordinal);
        Assert.NotEqual(Valid, text);

        var error = Assert.Throws<RunbookFormatException>(() => RunbookParser.Parse(File, text));

        Assert.Equal(File, error.File);
        Assert.Equal(line, error.Line);
        Assert.Contains(problem, error.Problem);
        Assert.StartsWith($"{File}:{line}: ", error.Message);
    }

    [Fact]
    public void FileWithoutFrontMatterIsRejectedAtLineOne()
    {
        var error = Assert.Throws<RunbookFormatException>(() => RunbookParser.Parse(File, Valid[4..]));

        Assert.Equal(1, error.Line);
        Assert.Contains("missing front matter", error.Problem);
    }

    [Fact]
    public void FileWithoutStepsBlockIsRejected()
    {
        var error = Assert.Throws<RunbookFormatException>(() => RunbookParser.Parse(File, Valid.Replace("```steps", "```yaml", StringComparison.Ordinal)));

        Assert.Contains("no ```steps block", error.Problem);
    }

    [Fact]
    public void UnclosedStepsBlockIsRejectedAtItsFence()
    {
        var text = Valid[..Valid.LastIndexOf("```", StringComparison.Ordinal)];

        var error = Assert.Throws<RunbookFormatException>(() => RunbookParser.Parse(File, text));

        Assert.Equal(13, error.Line);
        Assert.Contains("not closed", error.Problem);
    }

    [Fact]
    public void HighRiskStepWithApprovalParses()
    {
        var text = Valid.Replace("risk: medium", "risk: high", StringComparison.Ordinal)
            .Replace("pre: [\"resource", "pre: [\"approval granted\", \"resource", StringComparison.Ordinal);

        var step = RunbookParser.Parse(File, text).Step("restart")!;

        Assert.True(step.NeedsApproval);
        Assert.Equal("approval granted", step.Pre[0]);
    }

    [Fact]
    public void NotifyAcceptsOnlyTheSeedTemplates()
    {
        var text = Valid.Replace("action: resource.logs\n  with: { resource: \"{{resource}}\", tail: 50 }", "action: notify\n  with: { template: panic }", StringComparison.Ordinal);
        Assert.NotEqual(Valid, text);

        var error = Assert.Throws<RunbookFormatException>(() => RunbookParser.Parse(File, text));

        Assert.Equal(17, error.Line);
        Assert.Contains("notify template 'panic'", error.Problem);
    }

    [Fact]
    public void LibraryReportsEveryBrokenFileWithItsLineAndSkipsTheReadme()
    {
        var directory = Directory.CreateTempSubdirectory("runbooks-");
        try
        {
            System.IO.File.WriteAllText(Path.Combine(directory.FullName, "service-crash.md"), Valid);
            System.IO.File.WriteAllText(Path.Combine(directory.FullName, "README.md"), "# Not a runbook\n");
            System.IO.File.WriteAllText(Path.Combine(directory.FullName, "redis-down.md"), Valid.Replace("service-crash", "redis-down", StringComparison.Ordinal).Replace("kind: mitigate", "kind: repair", StringComparison.Ordinal));
            System.IO.File.WriteAllText(Path.Combine(directory.FullName, "high-cpu.md"), Valid.Replace("service-crash", "high-cpu", StringComparison.Ordinal).Replace("severity: P1", "severity: P9", StringComparison.Ordinal));

            var error = Assert.Throws<RunbookLibraryException>(() => RunbookLibrary.Load(directory.FullName));

            Assert.Equal(2, error.Errors.Count);
            Assert.Contains(error.Errors, e => e.File.EndsWith("high-cpu.md", StringComparison.Ordinal) && e.Line == 5);
            Assert.Contains(error.Errors, e => e.File.EndsWith("redis-down.md", StringComparison.Ordinal) && e.Line == 21);
            Assert.Contains("redis-down.md:21:", error.Message);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public void LibraryFindsRunbooksById()
    {
        var directory = Directory.CreateTempSubdirectory("runbooks-");
        try
        {
            System.IO.File.WriteAllText(Path.Combine(directory.FullName, "service-crash.md"), Valid);

            var library = RunbookLibrary.Load(directory.FullName);

            Assert.Equal("Service crash", library.Find("service-crash")!.Title);
            Assert.Null(library.Find("redis-down"));
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }
}
