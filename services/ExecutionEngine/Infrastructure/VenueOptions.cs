using System.ComponentModel.DataAnnotations;

namespace GameDay.ExecutionEngine.Infrastructure;

/// Section `Venue`: credentials and identity at the broker (broker-api.md).
public sealed class VenueOptions
{
    public const string Section = "Venue";
    public const string Primary = "primary";
    public const string Fallback = "fallback";

    [Required] public string ApiKey { get; set; } = "gameday-api-key";
    [Required] public string ApiSecret { get; set; } = "gameday-api-secret";

    /// Our "public IP" as the venue's allowlist sees it.
    [Required] public string SourceIp { get; set; } = "203.0.113.10";

    public static IReadOnlyList<string> All { get; } = [Primary, Fallback];
}
