namespace GameDay.Broker.Model;

/// Why a trading call is refused, as the API answers it: `{"error": Error, "message": Message}`.
public sealed record AccessDenial(int StatusCode, string Error, string Message, TimeSpan? RetryAfter = null);
