using GameDay.Messaging;

namespace GameDay.Orchestrator.Apis;

internal static partial class OutageFilter
{
    /// Database or Redis down → 503 problem details instead of a bare 500, so that callers (the
    /// risk manager fails closed on it) and drills can tell an outage from a bug.
    public static TBuilder TranslateOutages<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder
    {
        builder.AddEndpointFilter(async (context, next) =>
        {
            try
            {
                return await next(context);
            }
            catch (Exception ex) when (TransientFailure.Is(ex))
            {
                var logger = context.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(OutageFilter));
                LogOutage(logger, context.HttpContext.Request.Path, ex.Message);
                return Problems.Unavailable("The database or Redis is unavailable; retry shortly.");
            }
        });
        return builder;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Request {Path} failed: infrastructure unavailable ({Reason})")]
    private static partial void LogOutage(ILogger logger, string path, string reason);
}
