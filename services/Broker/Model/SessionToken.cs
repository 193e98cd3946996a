namespace GameDay.Broker.Model;

/// `ExpiresAt` is the wall-clock (UTC) instant at which the session clock reaches 06:00.
public sealed record SessionToken(string AccessToken, DateTimeOffset ExpiresAt);
