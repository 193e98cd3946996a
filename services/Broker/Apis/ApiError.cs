using Microsoft.AspNetCore.Http.HttpResults;

namespace GameDay.Broker.Apis;

/// The venue's error body: `{"error": code, "message": text}` (broker-api.md).
public sealed record ApiError(string Error, string Message)
{
    public static JsonHttpResult<ApiError> Result(int statusCode, string error, string message) =>
        TypedResults.Json(new ApiError(error, message), statusCode: statusCode);

    /// A gateway timeout: the answer is held for `hold` (a client with a shorter timeout gives up first), then a 504.
    public static async Task<JsonHttpResult<ApiError>> LostAnswerAsync(TimeSpan hold, TimeProvider time, CancellationToken ct)
    {
        await Task.Delay(hold, time, ct);
        return Result(StatusCodes.Status504GatewayTimeout, "gateway_timeout", "The venue did not answer in time.");
    }

    public static JsonHttpResult<ApiError> OrderNotFound(string clientOrderId) =>
        Result(StatusCodes.Status404NotFound, "order_not_found", $"No order with client order id '{clientOrderId}' at this venue.");
}
