namespace GameDay.ExecutionEngine.Infrastructure;

public sealed record OrderEventRow(long Id, string ClientOrderId, string? FromStatus, string ToStatus, string? Detail, DateTimeOffset At);
