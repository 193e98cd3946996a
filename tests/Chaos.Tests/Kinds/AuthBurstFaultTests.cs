using GameDay.Chaos.Tests.Fakes;
using GameDay.Contracts;

namespace GameDay.Chaos.Tests.Kinds;

/// security.auth-burst: admin requests with wrong tokens against the target's admin API, one per tick.
public sealed class AuthBurstFaultTests : IAsyncLifetime
{
    private const string Target = ResourceNames.Orchestrator;

    private readonly ChaosRig rig = new();
    private AdminListener orchestrator = null!;

    public async Task InitializeAsync()
    {
        orchestrator = await AdminListener.StartAsync();
        orchestrator.Status = 401;
        rig.Stack.Add(Target, orchestrator.Url);
    }

    public async Task DisposeAsync()
    {
        await rig.DisposeAsync();
        await orchestrator.DisposeAsync();
    }

    [Fact]
    public async Task InjectSendsWrongTokensFromOneSourceEachTickAndRevertStopsIt()
    {
        var fault = rig.Create(Specs.Of("security.auth-burst", Target));
        await fault.InjectAsync(default);

        await TicksAsync(3, TimeSpan.FromMilliseconds(50));
        var detail = await fault.RevertAsync(default);

        // The last request may still wait for its answer when the revert cancels it: then it is not counted.
        Assert.Matches("^burst stopped after [23] requests$", detail);
        Assert.All(orchestrator.Requests, r =>
        {
            Assert.Equal(("POST", "/admin/orchestrate/unhalt", "198.51.100.23"), (r.Method, r.Path, r.ForwardedFor));
            Assert.Matches("^[0-9a-f]{16}$", r.AdminToken);
        });
        Assert.DoesNotContain(orchestrator.Requests, r => r.AdminToken == FakeStack.Token);
        Assert.Equal(3, orchestrator.Requests.Select(r => r.AdminToken).Distinct().Count());
    }

    [Fact]
    public async Task RateAndPathChooseTheTickAndTheRoute()
    {
        var fault = rig.Create(Specs.Of("security.auth-burst", Target, "rate=5", "path=/admin/risk/limits"));
        await fault.InjectAsync(default);

        Assert.Contains(rig.Clock.Timers, t => t.Period == TimeSpan.FromMilliseconds(200));
        await TicksAsync(1, TimeSpan.FromMilliseconds(200));
        await fault.RevertAsync(default);

        Assert.Equal("/admin/risk/limits", Assert.Single(orchestrator.Requests).Path);
    }

    [Fact]
    public async Task NothingIsSentAfterRevertAndASecondRevertSaysTheSame()
    {
        var fault = rig.Create(Specs.Of("security.auth-burst", Target));
        await fault.InjectAsync(default);
        await TicksAsync(1, TimeSpan.FromMilliseconds(50));

        var first = await fault.RevertAsync(default);
        Assert.Equal(0, rig.Clock.LiveTimers);
        rig.Clock.Advance(TimeSpan.FromSeconds(10));
        var second = await fault.RevertAsync(default);

        Assert.Equal(first, second);
        Assert.Single(orchestrator.Requests);
    }

    [Fact]
    public async Task TheSameRunSendsTheSameTokens()
    {
        var fault = rig.Create(Specs.Of("security.auth-burst", Target));
        await fault.InjectAsync(default);
        await TicksAsync(2, TimeSpan.FromMilliseconds(50));
        await fault.RevertAsync(default);

        await using var replay = new ChaosRig(seed: 7);
        await using var listener = await AdminListener.StartAsync();
        replay.Stack.Add(Target, listener.Url);
        var again = replay.Create(Specs.Of("security.auth-burst", Target));
        await again.InjectAsync(default);
        for (var i = 1; i <= 2; i++)
        {
            replay.Clock.Advance(TimeSpan.FromMilliseconds(50));
            await Eventually.HoldsAsync(() => listener.Requests.Count == i, $"replayed request #{i}");
        }

        await again.RevertAsync(default);
        Assert.Equal(orchestrator.Requests.Select(r => r.AdminToken), listener.Requests.Select(r => r.AdminToken));
    }

    [Fact]
    public async Task ATargetThatHangsUpDoesNotStopTheBurstOrTheRevert()
    {
        await using var down = new HangUpServer();
        rig.Stack[Target].Url = down.Url;
        var fault = rig.Create(Specs.Of("security.auth-burst", Target));
        await fault.InjectAsync(default);

        // The burst waits on the test clock after each failed connection; whether that wait is registered before or
        // after a given Advance depends on how fast the hang-up surfaces, so the clock moves until the next one comes.
        for (var i = 1; i <= 3; i++)
        {
            var next = i;
            await Eventually.HoldsAsync(() =>
            {
                if (down.Accepted >= next) return true;
                rig.Clock.Advance(TimeSpan.FromMilliseconds(50));
                return false;
            }, $"connection #{i} after failed ones");
        }

        Assert.StartsWith("burst stopped after", await fault.RevertAsync(default), StringComparison.Ordinal);
        Assert.Empty(orchestrator.Requests);
    }

    private async Task TicksAsync(int count, TimeSpan period)
    {
        for (var i = 1; i <= count; i++)
        {
            rig.Clock.Advance(period);
            await Eventually.HoldsAsync(() => orchestrator.Requests.Count == i, $"request #{i}");
        }
    }
}
