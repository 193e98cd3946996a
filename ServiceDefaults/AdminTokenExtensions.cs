using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Microsoft.Extensions.Hosting;

/// `X-Admin-Token` protection of admin routes (seed 004): constant-time comparison against the
/// run's token (`ADMIN_TOKEN`); 401 problem details when it is missing or wrong. Fails closed:
/// with no token configured every admin call is refused.
public static class AdminTokenExtensions
{
    public const string HeaderName = "X-Admin-Token";

    public static TBuilder RequireAdminToken<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder
    {
        builder.AddEndpointFilter(async (context, next) =>
        {
            var http = context.HttpContext;
            var expected = http.RequestServices.GetRequiredService<IConfiguration>()["ADMIN_TOKEN"];
            var given = http.Request.Headers[HeaderName].ToString();
            if (!string.IsNullOrEmpty(expected) && Matches(given, expected))
            {
                return await next(context);
            }

            ServiceDefaultsMetrics.AdminAuthFailures.Add(1);
            http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("AdminToken").LogWarning(
                "Refused admin request {Method} {Path} from {Remote}: {Problem}", http.Request.Method,
                http.Request.Path, http.Connection.RemoteIpAddress, given.Length == 0 ? "no token" : "wrong token");
            return TypedResults.Problem(
                title: "Unauthorized", detail: $"A valid {HeaderName} header is required.",
                statusCode: StatusCodes.Status401Unauthorized);
        });
        return builder;
    }

    private static bool Matches(string given, string expected) =>
        CryptographicOperations.FixedTimeEquals(
            SHA256.HashData(Encoding.UTF8.GetBytes(given)), SHA256.HashData(Encoding.UTF8.GetBytes(expected)));
}
