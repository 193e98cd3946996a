using GameDay.Broker.Model;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GameDay.Broker.Apis;

/// `POST /api/v1/session/token`: a daily access token for the API key and secret.
public static class SessionApi
{
    public sealed record LoginRequest(string? ApiKey, string? ApiSecret);

    public static RouteGroupBuilder MapSessionApi(this RouteGroupBuilder api)
    {
        api.MapPost("/session/token", Login);
        return api;
    }

    private static Results<Ok<SessionToken>, JsonHttpResult<ApiError>> Login(
        LoginRequest body, Brokerage brokerage, CancellationToken ct) =>
        brokerage.Access.Login(body.ApiKey, body.ApiSecret) is { } token
            ? TypedResults.Ok(token)
            : ApiError.Result(StatusCodes.Status403Forbidden, "invalid_credentials", "Unknown API key or wrong secret.");
}
