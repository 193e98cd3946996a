using GameDay.Broker.Infrastructure;

namespace GameDay.Broker.Apis;

public static class BrokerApi
{
    public static WebApplication MapBrokerApi(this WebApplication app)
    {
        // Problem details for bodiless 4xx/5xx, e.g. malformed JSON rejected by the binder.
        app.UseStatusCodePages();
        var metrics = app.Services.GetRequiredService<BrokerMetrics>();
        app.Use(async (context, next) =>
        {
            var counted = context.Request.Path.StartsWithSegments("/api/v1");
            try
            {
                await next(context);
            }
            catch when (counted)
            {
                metrics.Request(StatusCodes.Status500InternalServerError);
                throw;
            }
            if (counted) metrics.Request(context.Response.StatusCode);
        });

        var api = app.MapGroup("/api/v1");
        api.MapSessionApi().MapMarketApi();
        api.MapGroup("/venues/{venue}").AddEndpointFilter<VenueGuard>().MapOrdersApi();
        api.MapGroup("").AddEndpointFilter<VenueGuard>().MapAccountApi();

        var admin = app.MapGroup("/admin").RequireAdminToken();
        admin.MapAdminApi().MapAdminMarketApi();
        return app;
    }
}
