using System.Diagnostics.Metrics;
using GameDay.SignalGenerator.Calibration;
using GameDay.SignalGenerator.Infrastructure;
using GameDay.SignalGenerator.Model;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Time.Testing;

namespace GameDay.Services.Tests.SignalGenerator;

/// tick_to_decision_seconds measures the generator's own speed: the backlog a restart left (ticks stamped before the
/// process started) is counted apart, or every deployment would page SignalLatencyHigh while it drains.
public sealed class DecisionLatencyTests : IDisposable
{
    private static readonly DateTimeOffset Start = new(2026, 1, 5, 9, 30, 0, TimeSpan.Zero);
    private readonly ServiceProvider services = new ServiceCollection().AddMetrics().BuildServiceProvider();
    private readonly FakeTimeProvider clock = new(Start);

    [Fact]
    public void ATickStampedBeforeTheProcessStartedIsBacklogNotLatency()
    {
        var factory = services.GetRequiredService<IMeterFactory>();
        using var latency = new MetricCollector<double>(factory, SignalMetrics.MeterName, "tick_to_decision_seconds");
        using var backlog = new MetricCollector<long>(factory, SignalMetrics.MeterName, "tick_backlog_decisions");
        var metrics = new SignalMetrics(factory, new ParametersInUse(SignalParameters.Default, clock), new ShadowBook(0), new DecisionAudit(0, 0), clock);

        metrics.Decided(Start.AddSeconds(-12), Start.AddSeconds(1));
        metrics.Decided(Start.AddSeconds(2), Start.AddSeconds(2.5));

        Assert.Equal([0.5], latency.GetMeasurementSnapshot().Select(m => m.Value));
        Assert.Equal(1, backlog.GetMeasurementSnapshot().Sum(m => m.Value));
    }

    public void Dispose() => services.Dispose();
}
