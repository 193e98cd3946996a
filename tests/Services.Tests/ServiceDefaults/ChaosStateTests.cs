using GameDay.ServiceDefaults.Chaos;

namespace GameDay.Services.Tests.ServiceDefaults;

public sealed class ChaosStateTests
{
    private static readonly DateTimeOffset T0 = new(2025, 1, 6, 9, 15, 0, TimeSpan.Zero);

    [Fact]
    public void ASettingCountsUntilItExpiresAndNotAfter()
    {
        var clock = new JumpingClock(T0);
        var state = new ChaosState(clock);
        state.Set(ChaosScopes.Processing, new ChaosSetting(TimeSpan.FromSeconds(6), 0, T0.AddSeconds(10), RunId: "r1"));

        clock.Advance(TimeSpan.FromSeconds(9));
        Assert.Equal("r1", state.Get(ChaosScopes.Processing)?.RunId);

        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Null(state.Get(ChaosScopes.Processing));
        Assert.False(state.IsActive(ChaosScopes.Processing));
        Assert.Empty(state.Active());
        Assert.False(state.Clear(ChaosScopes.Processing));
    }

    [Fact]
    public void ScopesAreSetAndClearedIndependently()
    {
        var state = new ChaosState(new JumpingClock(T0));
        state.Set(ChaosScopes.Processing, new ChaosSetting(TimeSpan.FromSeconds(6), 0, T0.AddMinutes(5)));
        state.Set(ChaosScopes.Http, new ChaosSetting(TimeSpan.Zero, 0.5, T0.AddMinutes(5)));

        Assert.True(state.Clear(ChaosScopes.Http));

        Assert.False(state.Clear(ChaosScopes.Http));
        Assert.Null(state.Get(ChaosScopes.Http));
        Assert.Null(state.Get(ChaosScopes.Db));
        Assert.Equal(TimeSpan.FromSeconds(6), state.Get(ChaosScopes.Processing)?.Latency);
        Assert.Equal([ChaosScopes.Processing], state.Active().Keys);
    }

    [Fact]
    public void ClearAllNamesOnlyTheScopesThatWereActive()
    {
        var clock = new JumpingClock(T0);
        var state = new ChaosState(clock);
        state.Set(ChaosScopes.Db, new ChaosSetting(TimeSpan.Zero, 1, T0.AddSeconds(5)));
        state.Set(ChaosScopes.Redis, new ChaosSetting(TimeSpan.Zero, 1, T0.AddMinutes(5)));
        clock.Advance(TimeSpan.FromSeconds(5));

        Assert.Equal([ChaosScopes.Redis], state.ClearAll());
        Assert.Empty(state.ClearAll());
        Assert.Empty(state.Active());
    }

    [Fact]
    public void AnUnknownScopeIsRefused()
    {
        var state = new ChaosState(new JumpingClock(T0));

        Assert.Throws<ArgumentOutOfRangeException>(() => state.Set("disk", new ChaosSetting(TimeSpan.Zero, 1, T0.AddMinutes(1))));
        Assert.Empty(state.Active());
    }
}
