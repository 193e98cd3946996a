using Xunit.Abstractions;

namespace GameDay.Monitoring.Tests;

public sealed class PromtoolTests(ITestOutputHelper output)
{
    public static TheoryData<string> RuleFiles => Data(MonitoringFiles.RuleFiles());

    public static TheoryData<string> TestFiles => Data(MonitoringFiles.TestFiles());

    [Theory]
    [MemberData(nameof(RuleFiles))]
    public async Task PromtoolAcceptsTheRuleFile(string file)
    {
        var (exitCode, text) = await Promtool.RunAsync("check", "rules", file);
        output.WriteLine(text);
        Assert.True(exitCode == 0, $"promtool check rules {file} exited with {exitCode}:\n{text}");
    }

    [Theory]
    [MemberData(nameof(TestFiles))]
    public async Task PromtoolUnitTestsOfTheRuleFilePass(string file)
    {
        var (exitCode, text) = await Promtool.RunAsync("test", "rules", file);
        output.WriteLine(text);
        Assert.True(exitCode == 0, $"promtool test rules {file} exited with {exitCode}:\n{text}");
    }

    private static TheoryData<string> Data(IEnumerable<string> files)
    {
        var data = new TheoryData<string>();
        foreach (var file in files) data.Add(file);
        return data;
    }
}
