using GameDay.Hosting.Processes;
using GameDay.Hosting.Runtime;

namespace GameDay.Hosting.Tests;

public class ProcessFilesTests
{
    [Fact]
    public void StatParsingCopesWithSpacesAndParenthesesInTheCommandName()
    {
        var stat = "1234 (my (weird) name) S 1 1234 1234 0 -1 4194560 100 0 0 0 1 2 0 0 20 0 1 0 987654 1000 10 18446744073709551615";
        var entry = ProcStat.Parse(stat);
        Assert.Equal(new ProcStat.Entry(1234, 'S', 1, 1234, 987654, CpuTicks: 3), entry);
    }

    [Fact]
    public void OwnProcessIsReadable()
    {
        var self = ProcStat.Read(Environment.ProcessId);
        Assert.NotNull(self);
        Assert.True(self.StartTime > 0);
    }

    [Fact]
    public void PidFileRoundTrips() =>
        Assert.Equal(new PidFile(42, 987654), PidFile.Parse(new PidFile(42, 987654).Format()));

    [Theory]
    [InlineData("")]
    [InlineData("abc 1")]
    [InlineData("12")]
    [InlineData("-1 5")]
    public void GarbagePidFilesAreIgnored(string content) => Assert.Null(PidFile.Parse(content));

    [Fact]
    public void OnlyALiveProcessWithTheSameStartTimeIsOurs()
    {
        var file = new PidFile(10, 500);
        Assert.True(file.MatchesLiveProcess(new ProcStat.Entry(10, 'S', 1, 10, 500)));
        Assert.False(file.MatchesLiveProcess(new ProcStat.Entry(10, 'S', 1, 10, 501)));
        Assert.False(file.MatchesLiveProcess(new ProcStat.Entry(10, 'Z', 1, 10, 500)));
        Assert.False(file.MatchesLiveProcess(null));
    }

    [Fact]
    public async Task ReaperKillsALeftoverProcessAndItsChildrenButSparesAReusedPid()
    {
        var dir = Directory.CreateTempSubdirectory("gameday-reaper-").FullName;
        try
        {
            var spec = new LaunchSpec("sh", ["-c", "sleep 60 & sleep 60"], EnvironmentBuilder.Inherited(), dir);
            var leftover = ChildProcess.Start(spec, _ => { });
            await Task.Delay(300);
            var children = ProcStat.Descendants(leftover.Pid);
            Assert.NotEmpty(children);
            new PidFile(leftover.Pid, leftover.StartTime).Write(Path.Combine(dir, "svc.pid"));
            new PidFile(Environment.ProcessId, 1).Write(Path.Combine(dir, "reused.pid"));

            Assert.Equal(1, await Reaper.ReapAsync(dir, _ => { }, CancellationToken.None));
            Assert.Equal(137, await leftover.Exited.WaitAsync(TimeSpan.FromSeconds(10)));
            Assert.DoesNotContain(children, c => ProcStat.Read(c.Pid) is { } now && now.StartTime == c.StartTime);
            Assert.Empty(Directory.GetFiles(dir, "*.pid"));
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }
}
