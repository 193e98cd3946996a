using GameDay.ServiceDefaults.Chaos;
using Microsoft.Extensions.DependencyInjection;
using Polly;
using Polly.Registry;

namespace GameDay.Services.Tests.ServiceDefaults;

public sealed class ChaosPipelineTests
{
    private static readonly DateTimeOffset T0 = new(2025, 1, 6, 9, 15, 0, TimeSpan.Zero);

    private sealed record Chaos(ServiceProvider Services, JumpingClock Clock) : IDisposable
    {
        public ChaosState State => Services.GetRequiredService<ChaosState>();

        public ResiliencePipeline Pipeline(string scope) =>
            Services.GetRequiredService<ResiliencePipelineProvider<string>>().GetPipeline(ChaosPipelines.Key(scope));

        public void Set(string scope, TimeSpan latency, double faultRate, double injectionRate = 1, TimeSpan? duration = null) =>
            State.Set(scope, new ChaosSetting(latency, faultRate, Clock.GetUtcNow() + (duration ?? TimeSpan.FromMinutes(15)), injectionRate, "run-7", "f0001"));

        public void Dispose() => Services.Dispose();
    }

    private static Chaos Create(int seed = 42)
    {
        var clock = new JumpingClock(T0);
        var services = new ServiceCollection().AddSingleton<TimeProvider>(clock).AddChaosPipelines(seed).BuildServiceProvider();
        return new Chaos(services, clock);
    }

    private static async Task<int> RunAsync(ResiliencePipeline pipeline)
    {
        var calls = 0;
        await pipeline.ExecuteAsync(_ =>
        {
            calls++;
            return ValueTask.CompletedTask;
        });
        return calls;
    }

    [Fact]
    public async Task WithChaosOffEveryPipelineRunsTheCallOnceWithoutDelay()
    {
        using var chaos = Create();

        foreach (var scope in ChaosScopes.All)
        {
            for (var i = 0; i < 50; i++) Assert.Equal(1, await RunAsync(chaos.Pipeline(scope)));
        }

        Assert.Equal(TimeSpan.Zero, chaos.Clock.Slept);
        Assert.Equal(T0, chaos.Clock.GetUtcNow());
    }

    [Fact]
    public async Task LatencyIsInjectedOnlyWhileTheScopeIsOn()
    {
        using var chaos = Create();
        var pipeline = chaos.Pipeline(ChaosScopes.Processing);
        chaos.Set(ChaosScopes.Processing, TimeSpan.FromSeconds(6), faultRate: 0);

        Assert.Equal(1, await RunAsync(pipeline));
        Assert.Equal(TimeSpan.FromSeconds(6), chaos.Clock.Slept);

        chaos.State.Clear(ChaosScopes.Processing);
        Assert.Equal(1, await RunAsync(pipeline));
        Assert.Equal(TimeSpan.FromSeconds(6), chaos.Clock.Slept);
    }

    [Fact]
    public async Task ChaosInOneScopeLeavesTheOtherPipelinesAlone()
    {
        using var chaos = Create();
        chaos.Set(ChaosScopes.Http, TimeSpan.FromSeconds(6), faultRate: 1);

        Assert.Equal(1, await RunAsync(chaos.Pipeline(ChaosScopes.Processing)));
        Assert.Equal(1, await RunAsync(chaos.Pipeline(ChaosScopes.Db)));
        Assert.Equal(TimeSpan.Zero, chaos.Clock.Slept);
    }

    [Fact]
    public async Task LatencyStopsWhenTheSettingExpiresEvenIfNobodyClearsIt()
    {
        using var chaos = Create();
        var pipeline = chaos.Pipeline(ChaosScopes.Processing);
        chaos.Set(ChaosScopes.Processing, TimeSpan.FromSeconds(6), faultRate: 0, duration: TimeSpan.FromSeconds(10));

        for (var i = 0; i < 5; i++) await RunAsync(pipeline);

        Assert.Equal(TimeSpan.FromSeconds(12), chaos.Clock.Slept);
    }

    [Fact]
    public async Task FaultRateOneFailsEveryCallWithTheScopeAndRun()
    {
        using var chaos = Create();
        var pipeline = chaos.Pipeline(ChaosScopes.Db);
        chaos.Set(ChaosScopes.Db, TimeSpan.Zero, faultRate: 1);

        for (var i = 0; i < 20; i++)
        {
            var calls = 0;
            var fault = await Assert.ThrowsAsync<ChaosInjectedException>(async () =>
                await pipeline.ExecuteAsync(_ => { calls++; return ValueTask.CompletedTask; }));
            Assert.Equal(0, calls);
            Assert.Equal((ChaosScopes.Db, "run-7", "f0001"), (fault.Scope, fault.RunId, fault.FaultId));
        }
    }

    [Fact]
    public async Task FaultRateZeroNeverFails()
    {
        using var chaos = Create();
        var pipeline = chaos.Pipeline(ChaosScopes.Db);
        chaos.Set(ChaosScopes.Db, TimeSpan.FromMilliseconds(1), faultRate: 0);

        for (var i = 0; i < 200; i++) Assert.Equal(1, await RunAsync(pipeline));
    }

    [Fact]
    public async Task TheSameSeedInjectsFaultsIntoTheSameCallsAndAnotherSeedDoesNot()
    {
        static async Task<string> PatternAsync(int seed)
        {
            using var chaos = Create(seed);
            var pipeline = chaos.Pipeline(ChaosScopes.Http);
            chaos.Set(ChaosScopes.Http, TimeSpan.Zero, faultRate: 0.5);
            var pattern = new char[100];
            for (var i = 0; i < pattern.Length; i++)
            {
                try
                {
                    await RunAsync(pipeline);
                    pattern[i] = '.';
                }
                catch (ChaosInjectedException)
                {
                    pattern[i] = 'x';
                }
            }
            return new string(pattern);
        }

        var first = await PatternAsync(7);

        Assert.Equal(first, await PatternAsync(7));
        Assert.NotEqual(first, await PatternAsync(8));
        Assert.Contains('x', first);
        Assert.Contains('.', first);
    }

    [Fact]
    public async Task LatencyInjectionRateZeroDelaysNothing()
    {
        using var chaos = Create();
        chaos.Set(ChaosScopes.Redis, TimeSpan.FromSeconds(6), faultRate: 0, injectionRate: 0);

        for (var i = 0; i < 20; i++) await RunAsync(chaos.Pipeline(ChaosScopes.Redis));

        Assert.Equal(TimeSpan.Zero, chaos.Clock.Slept);
    }
}
