using System.Net;
using Microsoft.AspNetCore.Http;

namespace GameDay.Hosting.Control;

/// Signing in to the dashboard with the run's admin token, the way Aspire's dashboard does (`/login?t=TOKEN`, or the
/// token pasted into the form): the token becomes an HttpOnly, same-site cookie. Without it every page answers 401.
internal static class DashboardSignIn
{
    public const string Path = "/login";

    /// Handles /login; false for every other request.
    public static async Task<bool> TryHandleAsync(HttpContext context, string adminToken)
    {
        if (!context.Request.Path.Equals(Path, StringComparison.OrdinalIgnoreCase)) return false;
        var presented = context.Request.Query["t"].ToString();
        if (HttpMethods.IsPost(context.Request.Method) && context.Request.HasFormContentType)
        {
            presented = (await context.Request.ReadFormAsync(context.RequestAborted))["token"].ToString().Trim();
        }
        if (presented.Length == 0)
        {
            await RefuseAsync(context, StatusCodes.Status200OK, null);
            return true;
        }
        if (!AdminTokenCheck.Matches(adminToken, presented))
        {
            await RefuseAsync(context, StatusCodes.Status401Unauthorized, "That is not this run's admin token.");
            return true;
        }
        context.Response.Cookies.Append(AdminTokenCheck.Cookie, adminToken, new CookieOptions
        {
            HttpOnly = true, SameSite = SameSiteMode.Strict, Path = "/", IsEssential = true,
        });
        context.Response.Redirect("/");
        return true;
    }

    /// A browser asking for a page gets the sign-in form; API clients get problem details.
    public static bool WantsPage(HttpRequest request) =>
        !request.Path.StartsWithSegments("/api") && request.Headers.Accept.ToString().Contains("text/html", StringComparison.Ordinal);

    public static Task RefuseAsync(HttpContext context, int status, string? error)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/html; charset=utf-8";
        var message = error is null ? "" : $"<p class=\"error\">{WebUtility.HtmlEncode(error)}</p>";
        return context.Response.WriteAsync($$"""
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>GameDay — sign in</title>
            <style>body{font-family:system-ui,sans-serif;max-width:36rem;margin:4rem auto;color:#242424}
            input{width:100%;padding:.5rem;font-family:monospace}button{margin-top:.75rem;padding:.5rem 1rem}
            .error{color:#b10e1c}code{background:#f0f0f0;padding:0 .25rem}</style></head>
            <body><h1>GameDay dashboard</h1>
            <p>This dashboard is behind the run's admin token. <code>./gameday dashboard</code> prints a sign-in link;
            the token is also in <code>.gameday/run/admin-token</code>.</p>{{message}}
            <form method="post" action="{{Path}}"><label for="token">Admin token</label>
            <input id="token" name="token" type="password" autocomplete="off" autofocus>
            <button type="submit">Sign in</button></form></body></html>
            """, context.RequestAborted);
    }
}
