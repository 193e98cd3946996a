using System.Globalization;

namespace GameDay.Hosting.Runtime;

/// What is fixed once per AppHost run and shared by every launch (so restarts keep seed and epoch).
internal sealed record RunSettings(
    string AdminToken,
    int Seed,
    DateTimeOffset Epoch,
    string? OtlpEndpoint,
    string Configuration,
    string RepositoryRoot,
    AppPaths Paths,
    bool RunningAsRoot)
{
    public string? AlertWebhookUrl { get; init; }

    public string EpochText => FormatEpoch(Epoch);

    /// `Market__Epoch` as every service parses it.
    public static string FormatEpoch(DateTimeOffset epoch) => epoch.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}
