using GameDay.Orchestrator.Model;

namespace GameDay.Services.Tests.Orchestrator;

public class PostgresActivityTests
{
    private static Dictionary<string, long> ByState(params (string?, long)[] rows) =>
        PostgresActivity.ByState(rows).ToDictionary(c => c.State, c => c.Count);

    [Fact]
    public void StatesAreReportedAsPostgresNamesThem()
    {
        var counts = ByState(("active", 2), ("idle", 7), ("idle in transaction", 1));

        Assert.Equal(2, counts["active"]);
        Assert.Equal(7, counts["idle"]);
        Assert.Equal(1, counts["idle in transaction"]);
    }

    [Fact]
    public void ANullStateIsReportedAsUnknown()
    {
        Assert.Equal(4, ByState((null, 4))["unknown"]);
    }

    [Fact]
    public void KnownStatesWithoutSessionsAreReportedAsZero()
    {
        var counts = ByState(("active", 1));

        Assert.Equal(PostgresActivity.KnownStates.Order(), counts.Keys.Order());
        Assert.Equal(0, counts["idle in transaction (aborted)"]);
        Assert.Equal(0, counts["unknown"]);
    }

    [Fact]
    public void AStateNewerThanThisCodeIsPassedThrough()
    {
        Assert.Equal(3, ByState(("waiting for godot", 3))["waiting for godot"]);
    }
}
