using GameDay.SignalGenerator.Calibration;
using GameDay.SignalGenerator.Model;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GameDay.SignalGenerator.Apis;

/// The stale-calibration runbook's checks: which parameters are in use, how old, and whether the
/// last attempt failed; plus the forced recalibration.
public static class CalibrationApi
{
    public static void MapCalibrationApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/calibration", Get);
        routes.MapGroup("/admin/calibration").RequireAdminToken().MapPost("/run", RunAsync);
    }

    private static Ok<CalibrationView> Get(ParametersInUse inUse, CancellationToken cancellationToken) =>
        TypedResults.Ok(View(inUse.State, inUse.AgeSeconds));

    private static async Task<Results<Ok<CalibrationView>, ProblemHttpResult>> RunAsync(
        CalibrationRunner runner, ParametersInUse inUse, CancellationToken cancellationToken)
    {
        var state = await runner.RunAsync(cancellationToken);
        if (state.Status == "ok") return TypedResults.Ok(View(state, inUse.AgeSeconds));
        return TypedResults.Problem(
            $"Calibration failed: {state.Error} Still using {state.Parameters} calibrated at {state.CalibratedAt:O}.",
            statusCode: StatusCodes.Status500InternalServerError, title: "Calibration failed");
    }

    private static CalibrationView View(ParametersState state, double ageSeconds) =>
        new(state.Parameters, state.Source, state.CalibratedAt, Math.Round(ageSeconds, 1), state.Status, state.Error, state.LastAttemptAt);
}

public sealed record CalibrationView(
    SignalParameters Parameters, string Source, DateTimeOffset CalibratedAt, double AgeSeconds, string Status,
    string? Error, DateTimeOffset? LastAttemptAt);
