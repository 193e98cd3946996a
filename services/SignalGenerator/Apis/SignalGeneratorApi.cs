namespace GameDay.SignalGenerator.Apis;

public static class SignalGeneratorApi
{
    public static WebApplication MapSignalGeneratorApi(this WebApplication app)
    {
        app.MapSignalsApi();
        app.MapCalibrationApi();
        return app;
    }
}
