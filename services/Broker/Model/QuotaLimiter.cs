namespace GameDay.Broker.Model;

/// Requests per second per access token over a sliding one-second window. Refused requests do
/// not count, so a client that backs off gets through as soon as the window allows.
public sealed class QuotaLimiter
{
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(1);
    private readonly Dictionary<string, Queue<DateTimeOffset>> _windows = new(StringComparer.Ordinal);

    public bool TryAcquire(string key, int requestsPerSecond, DateTimeOffset now, out TimeSpan retryAfter)
    {
        if (!_windows.TryGetValue(key, out var window)) _windows[key] = window = new Queue<DateTimeOffset>();
        while (window.Count > 0 && now - window.Peek() >= Window) window.Dequeue();
        if (window.Count < requestsPerSecond)
        {
            window.Enqueue(now);
            retryAfter = TimeSpan.Zero;
            return true;
        }

        retryAfter = window.Count == 0 ? Window : window.Peek() + Window - now;
        return false;
    }

    /// Whole seconds for a Retry-After header: at least 1.
    public static int RetryAfterSeconds(TimeSpan retryAfter) => Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
}
