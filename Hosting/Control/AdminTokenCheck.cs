using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace GameDay.Hosting.Control;

internal static class AdminTokenCheck
{
    public const string Header = "X-Admin-Token";

    private const string BearerPrefix = "Bearer ";

    /// The token as X-Admin-Token (CLI, runbooks) or as a bearer token (Prometheus's `authorization` scrape option).
    public static bool Authorized(string expected, HttpRequest request) =>
        Matches(expected, request.Headers[Header]) | Matches(expected, Bearer(request.Headers.Authorization));

    /// Constant time, so response timing does not leak how much of a guessed token was right.
    public static bool Matches(string expected, string? presented) =>
        presented is not null
        && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(expected), Encoding.UTF8.GetBytes(presented));

    private static string? Bearer(string? authorization) =>
        authorization is not null && authorization.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase)
            ? authorization[BearerPrefix.Length..].Trim()
            : null;
}
