using System.Globalization;

namespace GameDay.Hosting;

/// What a resource's process and its children use, sampled every few seconds: CPU as the share of one core
/// over the last interval (null until two samples of the same process exist), memory as proportional set size.
public sealed record ResourceUsage(double? CpuPercent, long MemoryBytes, int Processes)
{
    /// As `docker stats` prints them: "12.3%" ("-" before the second sample) and "150.5MiB".
    public string CpuText() => CpuPercent is { } cpu ? cpu.ToString("0.0", CultureInfo.InvariantCulture) + "%" : "-";

    public string MemoryText() => (MemoryBytes / 1048576.0).ToString("0.0", CultureInfo.InvariantCulture) + "MiB";
}
