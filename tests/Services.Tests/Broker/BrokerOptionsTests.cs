using GameDay.Broker;
using GameDay.Broker.Model;
using Microsoft.Extensions.Configuration;

namespace GameDay.Services.Tests.Broker;

public sealed class BrokerOptionsTests
{
    [Fact]
    public void CircuitBreakerLevelsDefaultToNseLevelsWithTheConfiguredHalt()
    {
        var options = Bind(new() { ["Broker:HaltDuration"] = "00:05:00" });

        Assert.Equal([10d, 15d, 20d], options.ResolvedCircuitBreakerLevels.Select(l => l.Percent));
        Assert.All(options.ResolvedCircuitBreakerLevels, l => Assert.Equal(TimeSpan.FromMinutes(5), l.Halt));
        Assert.Equal(["203.0.113.10"], options.ResolvedAllowedSources);
        Assert.True(options.IsValid());
    }

    [Fact]
    public void ConfiguredLevelsAndAllowlistReplaceTheDefaults()
    {
        var options = Bind(new()
        {
            ["Broker:CircuitBreakerLevels:0:Percent"] = "5",
            ["Broker:CircuitBreakerLevels:0:Halt"] = "00:45:00",
            ["Broker:CircuitBreakerLevels:1:Percent"] = "8",
            ["Broker:AllowedSources:0"] = "198.51.100.1",
        });

        Assert.Equal(
            [new CircuitBreakerLevel(5, TimeSpan.FromMinutes(45)), new CircuitBreakerLevel(8, TimeSpan.FromMinutes(15))],
            options.ResolvedCircuitBreakerLevels);
        Assert.Equal(["198.51.100.1"], options.ResolvedAllowedSources);
    }

    private static BrokerOptions Bind(Dictionary<string, string?> values)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        return configuration.GetSection(BrokerOptions.Section).Get<BrokerOptions>() ?? new BrokerOptions();
    }
}
