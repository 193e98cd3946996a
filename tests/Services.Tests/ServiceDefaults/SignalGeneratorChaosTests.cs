using System.Text.Json;
using GameDay.Contracts.Messages;
using GameDay.Messaging;
using GameDay.ServiceDefaults.Chaos;
using GameDay.SignalGenerator.Calibration;
using GameDay.SignalGenerator.Infrastructure;
using GameDay.SignalGenerator.Model;
using GameDay.SignalGenerator.Streams;
using Microsoft.Extensions.DependencyInjection;
using Polly.Registry;

namespace GameDay.Services.Tests.ServiceDefaults;

/// The signal-latency scenario's hook: a tick batch runs through the `processing` chaos pipeline.
/// One quote is a warm-up batch, so no signal and no database is involved.
public sealed class SignalGeneratorChaosTests
{
    private static readonly DateTimeOffset T0 = new(2025, 1, 6, 9, 15, 0, TimeSpan.Zero);

    private static (TicksHandler Handler, ChaosState State, JumpingClock Clock, ServiceProvider Services) Create()
    {
        var clock = new JumpingClock(T0);
        var services = new ServiceCollection().AddSingleton<TimeProvider>(clock).AddChaosPipelines(42).BuildServiceProvider();
        var parameters = new ParametersInUse(SignalParameters.Default, clock);
        var (shadow, audit) = (new ShadowBook(0), new DecisionAudit(0, 0));
        var handler = new TicksHandler(new SignalEngine(TimeSpan.FromSeconds(20), 6), parameters,
            new SignalMetrics(services.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>(), parameters, shadow, audit, clock), clock,
            services.GetRequiredService<ResiliencePipelineProvider<string>>(), shadow, audit);
        return (handler, services.GetRequiredService<ChaosState>(), clock, services);
    }

    private static Task HandleAsync(TicksHandler handler, long sequence)
    {
        var ticks = new TicksReceived(sequence, "primary", T0.AddSeconds(sequence / 2.0), [new Quote("INFY", 1500m, 10)]);
        var message = new StreamMessage("market.ticks", $"{sequence}-0", $"ticks:{sequence}", nameof(TicksReceived),
            JsonSerializer.Serialize(ticks, MessageJson.Options), "data-ingestor");
        var context = new StreamContext(null, null, new OutboxWriter(new MessagingOptions { ServiceName = "signal-generator" }, TimeProvider.System));
        return handler.HandleAsync(message, context, CancellationToken.None);
    }

    [Fact]
    public async Task TickProcessingWaitsForTheInjectedLatencyOnlyWhileItIsOn()
    {
        var (handler, state, clock, services) = Create();
        using var _ = services;

        await HandleAsync(handler, 1);
        state.Set(ChaosScopes.Processing, new ChaosSetting(TimeSpan.FromSeconds(6), 0, T0.AddMinutes(5)));
        await HandleAsync(handler, 2);
        await HandleAsync(handler, 3);
        state.Clear(ChaosScopes.Processing);
        await HandleAsync(handler, 4);

        Assert.Equal(TimeSpan.FromSeconds(12), clock.Slept);
    }

    [Fact]
    public async Task AnInjectedProcessingFaultFailsTheBatchSoItStaysPending()
    {
        var (handler, state, _, services) = Create();
        using var __ = services;
        state.Set(ChaosScopes.Processing, new ChaosSetting(TimeSpan.Zero, 1, T0.AddMinutes(5), RunId: "run-1"));

        var fault = await Assert.ThrowsAsync<ChaosInjectedException>(() => HandleAsync(handler, 1));

        Assert.Equal((ChaosScopes.Processing, "run-1"), (fault.Scope, fault.RunId));
    }
}
