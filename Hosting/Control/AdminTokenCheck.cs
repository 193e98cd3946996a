using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace GameDay.Hosting.Control;

internal static class AdminTokenCheck
{
    public const string Header = "X-Admin-Token";

    /// The dashboard's browser session: set by signing in with the token (DashboardSignIn).
    public const string Cookie = "gameday_token";

    private const string BearerPrefix = "Bearer ";

    /// The token as X-Admin-Token (CLI, runbooks), as a bearer token (Prometheus's `authorization` scrape option)
    /// or as the dashboard's session cookie — the cookie only for the dashboard's own pages, assets and live connection.
    public static bool Authorized(string expected, HttpRequest request) =>
        Matches(expected, request.Headers[Header]) | Matches(expected, Bearer(request.Headers.Authorization))
        | (CookieAllowed(request) && Matches(expected, request.Cookies[Cookie]));

    /// A browser sends the cookie with requests that other pages make, and every page on 127.0.0.1 (any port: the
    /// services, Prometheus) counts as the same site. So the cookie never opens /api or /metrics (the dashboard calls
    /// them server-side, with the header), and opens a page, an asset or the Blazor hub only when the request comes
    /// from the dashboard's own origin or from the person's address bar.
    private static bool CookieAllowed(HttpRequest request)
    {
        if (request.Path.StartsWithSegments("/api") || request.Path.StartsWithSegments("/metrics")) return false;
        var site = request.Headers["Sec-Fetch-Site"].ToString();
        if (site.Length > 0 && site is not ("same-origin" or "none")) return false;
        var origin = request.Headers.Origin.ToString();
        return origin.Length == 0 || string.Equals(origin, $"{request.Scheme}://{request.Host}", StringComparison.OrdinalIgnoreCase);
    }

    /// Constant time, so response timing does not leak how much of a guessed token was right.
    public static bool Matches(string expected, string? presented) =>
        presented is not null
        && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(expected), Encoding.UTF8.GetBytes(presented));

    private static string? Bearer(string? authorization) =>
        authorization is not null && authorization.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase)
            ? authorization[BearerPrefix.Length..].Trim()
            : null;
}
