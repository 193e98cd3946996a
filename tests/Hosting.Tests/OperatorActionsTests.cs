using GameDay.Hosting.Control;

namespace GameDay.Hosting.Tests;

public class OperatorActionsTests
{
    [Theory]
    [InlineData("alice", "alice")]
    [InlineData("  bob (cli) ", "bob (cli)")]
    [InlineData("eve\r\nX-Admin-Token: x", "eveX-Admin-Token: x")]
    [InlineData("", OperatorActions.UnnamedActor)]
    [InlineData(null, OperatorActions.UnnamedActor)]
    public void TheActorIsRecordedAsOneTrimmedLine(string? header, string recorded) =>
        Assert.Equal(recorded, OperatorActions.Actor(header));

    [Fact]
    public void ALongActorIsCutAt64CharactersAndEachActionKeepsWhoAskedForIt()
    {
        var actions = new OperatorActions(TimeProvider.System);
        actions.Record("execution-engine", "restart", true, "restarted", OperatorActions.Actor(new string('a', 100)));
        actions.Record("broker", "stop", false, "not running", "alice");

        Assert.Equal([new string('a', 64), "alice"], actions.Since(null).Select(a => a.By));
    }
}
