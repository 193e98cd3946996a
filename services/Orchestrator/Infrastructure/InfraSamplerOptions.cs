namespace GameDay.Orchestrator.Infrastructure;

/// Section `InfraSampler`: how often Redis and PostgreSQL are sampled for the infrastructure
/// gauges, and how long one sample may take before it counts as failed.
public sealed record InfraSamplerOptions
{
    public const string Section = "InfraSampler";

    public TimeSpan Interval { get; set; } = TimeSpan.FromSeconds(1);

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(2);
}
