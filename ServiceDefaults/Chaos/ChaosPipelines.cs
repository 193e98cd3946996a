using Polly;
using Polly.Simmy;
using Polly.Simmy.Fault;
using Polly.Simmy.Latency;

namespace GameDay.ServiceDefaults.Chaos;

/// The Simmy strategies of one scope: latency, then a fault. Both are off unless <see cref="ChaosState"/>
/// holds a live setting for the scope, and read it on every execution, so chaos starts and stops at run
/// time without rebuilding a pipeline. Add them after the normal resilience strategies.
public static class ChaosPipelines
{
    public const string Http = "chaos-" + ChaosScopes.Http;
    public const string Db = "chaos-" + ChaosScopes.Db;
    public const string Redis = "chaos-" + ChaosScopes.Redis;
    public const string Processing = "chaos-" + ChaosScopes.Processing;

    public static string Key(string scope) => "chaos-" + scope;

    public static TBuilder AddChaos<TBuilder>(this TBuilder builder, ChaosState state, string scope, int seed)
        where TBuilder : ResiliencePipelineBuilderBase
    {
        builder.AddChaosLatency(new ChaosLatencyStrategyOptions
        {
            EnabledGenerator = _ => ValueTask.FromResult(state.Get(scope) is { Latency.Ticks: > 0 }),
            InjectionRateGenerator = _ => ValueTask.FromResult(state.Get(scope)?.InjectionRate ?? 0),
            LatencyGenerator = _ => ValueTask.FromResult(state.Get(scope)?.Latency ?? TimeSpan.Zero),
            Randomizer = ChaosRandom.Create(seed, scope + "/latency"),
        });
        builder.AddChaosFault(new ChaosFaultStrategyOptions
        {
            EnabledGenerator = _ => ValueTask.FromResult(state.Get(scope) is { FaultRate: > 0 }),
            InjectionRateGenerator = _ => ValueTask.FromResult(state.Get(scope)?.FaultRate ?? 0),
            FaultGenerator = _ => ValueTask.FromResult<Exception?>(
                state.Get(scope) is { } s ? new ChaosInjectedException(scope, s.RunId, s.FaultId) : null),
            Randomizer = ChaosRandom.Create(seed, scope + "/fault"),
        });
        return builder;
    }
}
