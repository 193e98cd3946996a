using GameDay.Orchestrator.Model;
using Microsoft.Extensions.Options;

namespace GameDay.Orchestrator.Infrastructure;

/// The limits in force. Kept in memory: drills lower them for a while and restore them, and a
/// restart falls back to configuration.
public sealed class LimitsState(IOptions<TradingOptions> options)
{
    private TradingLimits _current = new(options.Value.DailyLossLimit, options.Value.DailyTarget);

    public TradingLimits Current => Volatile.Read(ref _current);

    public void Set(TradingLimits limits) => Volatile.Write(ref _current, limits);
}
