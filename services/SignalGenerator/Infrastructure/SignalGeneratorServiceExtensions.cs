using GameDay.Contracts;
using GameDay.Messaging;
using GameDay.SignalGenerator.Calibration;
using GameDay.SignalGenerator.Model;
using GameDay.SignalGenerator.Streams;
using Microsoft.Extensions.Options;

namespace GameDay.SignalGenerator.Infrastructure;

public static class SignalGeneratorServiceExtensions
{
    public static IHostApplicationBuilder AddSignalGeneratorServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceNpgsql(ResourceNames.TradingDb);
        builder.AddServiceRedis(ResourceNames.Redis);
        // Only new ticks: after a long outage, signals from old prices would be stale anyway.
        builder.AddStreams(ResourceNames.SignalGenerator)
            .Subscribe<TicksHandler>(StreamNames.MarketTicks, useInbox: true, startFromBeginning: false)
            .AddSchema(typeof(SignalGeneratorServiceExtensions).Assembly, "GameDay.SignalGenerator.Schema.sql");
        var services = builder.Services;
        services.AddProblemDetails();
        services.AddOptions<SignalGeneratorOptions>().BindConfiguration(SignalGeneratorOptions.Section)
            .Validate(o => o.IsValid(), "SignalGenerator options are out of range (need 1 <= Fast < Slow, 0 < RsiLower < 50 < RsiUpper < 100, 0 <= ShadowStrategies <= 100000, Audit Capacity >= 0 and 0 <= Depth <= 256).")
            .ValidateOnStart();
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<SignalGeneratorOptions>>().Value;
            return new SignalEngine(options.Cooldown, options.MinSpreadBps);
        });
        services.AddSingleton(sp => new ShadowBook(sp.GetRequiredService<IOptions<SignalGeneratorOptions>>().Value.ShadowStrategies));
        services.AddSingleton(sp =>
        {
            var audit = sp.GetRequiredService<IOptions<SignalGeneratorOptions>>().Value.Audit;
            return new DecisionAudit(audit.Capacity, audit.Depth);
        });
        services.AddSingleton(sp => new ParametersInUse(
            sp.GetRequiredService<IOptions<SignalGeneratorOptions>>().Value.Defaults, sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<SignalMetrics>();
        services.AddSingleton<SignalStore>();
        services.AddSingleton<CalibrationStore>();
        services.AddSingleton<CalibrationRunner>();
        services.AddHostedService<Calibrator>();
        return builder;
    }
}
