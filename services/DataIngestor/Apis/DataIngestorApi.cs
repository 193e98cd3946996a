namespace GameDay.DataIngestor.Apis;

public static class DataIngestorApi
{
    public static WebApplication MapDataIngestorApi(this WebApplication app)
    {
        app.MapFeedsApi();
        app.MapQuotesApi();
        app.MapMarketApi();
        return app;
    }
}
