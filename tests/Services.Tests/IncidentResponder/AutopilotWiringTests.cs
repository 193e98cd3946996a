using GameDay.IncidentResponder.Actions;
using GameDay.IncidentResponder.Conditions;
using GameDay.Runbooks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GameDay.Services.Tests.IncidentResponder;

public sealed class AutopilotWiringTests
{
    [Fact]
    public void EveryActionOfTheCatalogueHasAnImplementation()
    {
        var services = new ServiceCollection();
        services.AddSingleton(Npgsql.NpgsqlDataSource.Create("Host=localhost"));
        services.AddKeyedSingleton(GameDay.Contracts.ResourceNames.TradingDb, Npgsql.NpgsqlDataSource.Create("Host=localhost"));
        services.AddSingleton(TimeProvider.System);
        services.AddIncidentActions(new ConfigurationBuilder().Build());
        using var provider = services.BuildServiceProvider();

        var registry = provider.GetRequiredService<ActionRegistry>();

        Assert.Empty(registry.Missing(ActionCatalogue.Names));
    }

    [Fact]
    public async Task AWithinConditionIsPolledUntilItHolds()
    {
        var time = new ManualTimeProvider(Alerts.T0);
        var probe = new CountingProbe(time, holdsOnCall: 3);
        var evaluator = new ConditionEvaluator([probe], time);

        var result = await evaluator.EvaluateAsync(ConditionParser.Parse("resource broker healthy within 10s"), 1, CancellationToken.None);

        Assert.True(result.Met);
        Assert.Equal(3, probe.Calls);
    }

    [Fact]
    public async Task AConditionWithoutWithinIsReadOnce()
    {
        var time = new ManualTimeProvider(Alerts.T0);
        var probe = new CountingProbe(time, holdsOnCall: 3);
        var evaluator = new ConditionEvaluator([probe], time);

        var result = await evaluator.EvaluateAsync(ConditionParser.Parse("resource broker healthy"), 1, CancellationToken.None);

        Assert.False(result.Met);
        Assert.Equal(1, probe.Calls);
    }

    [Fact]
    public async Task InvariantsAreReportedAsNotEvaluated()
    {
        var evaluator = new ConditionEvaluator([new UnevaluatedProbe()], TimeProvider.System);

        var result = await evaluator.EvaluateAsync(ConditionParser.Parse("invariants hold"), 1, CancellationToken.None);

        Assert.Null(result.Met);
    }

    private sealed class CountingProbe(ManualTimeProvider time, int holdsOnCall) : IConditionProbe
    {
        public int Calls { get; private set; }

        public bool Handles(Condition condition) => true;

        public Task<ConditionResult> ProbeAsync(Condition condition, long incidentId, CancellationToken cancellationToken)
        {
            Calls++;
            time.Advance(TimeSpan.FromSeconds(1));
            return Task.FromResult(ConditionResult.Is(Calls >= holdsOnCall, $"call {Calls}"));
        }
    }
}
