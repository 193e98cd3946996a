namespace GameDay.ExecutionEngine.Infrastructure;

public sealed record SessionToken(string AccessToken, DateTimeOffset? ExpiresAt);
