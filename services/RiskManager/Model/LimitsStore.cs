using Microsoft.Extensions.Options;

namespace GameDay.RiskManager.Model;

/// Holds the limits in force: the configured ones until an admin replaces them.
public sealed class LimitsStore(IOptions<RiskOptions> options)
{
    private RiskLimits _current = options.Value.ToLimits();

    public RiskLimits Current => Volatile.Read(ref _current);

    public void Replace(RiskLimits limits) => Volatile.Write(ref _current, limits);
}
