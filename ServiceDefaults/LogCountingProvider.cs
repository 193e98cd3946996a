using Microsoft.Extensions.Logging;

namespace Microsoft.Extensions.Hosting;

/// Counts the log records that pass the logging filters, so a service logging at a flood rate
/// shows in `log_messages_total{level}` before it fills a disk.
internal sealed class LogCountingProvider : ILoggerProvider
{
    private static readonly KeyValuePair<string, object?>[][] Tags =
        [.. Enum.GetValues<LogLevel>().Select(l => new[] { new KeyValuePair<string, object?>("level", l.ToString().ToLowerInvariant()) })];

    public ILogger CreateLogger(string categoryName) => CountingLogger.Instance;

    public void Dispose()
    {
    }

    private sealed class CountingLogger : ILogger
    {
        public static readonly CountingLogger Instance = new();

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (logLevel != LogLevel.None) ServiceDefaultsMetrics.LogMessages.Add(1, Tags[(int)logLevel]);
        }
    }
}
