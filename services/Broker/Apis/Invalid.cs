using Microsoft.AspNetCore.Http.HttpResults;

namespace GameDay.Broker.Apis;

/// Problem details (400) for bad input, one field at a time.
public static class Invalid
{
    public static ValidationProblem Field(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] });
}
