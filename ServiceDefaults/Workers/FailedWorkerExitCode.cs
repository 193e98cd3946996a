using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace GameDay.ServiceDefaults.Workers;

/// When a background service ends with an exception, the host stops (BackgroundServiceExceptionBehavior.StopHost)
/// but returns from Run as if it had been asked to, and the process exits 0: whatever supervises it (the AppHost,
/// systemd, Kubernetes) sees a clean stop and applies no restart policy. This makes such an exit a failure:
/// exit code 70 (EX_SOFTWARE, "internal software error"), decided when the stop begins, before the stop itself
/// cancels the services that were still running.
public sealed partial class FailedWorkerExitCode(IServiceProvider services, ILogger<FailedWorkerExitCode> logger) : IHostedLifecycleService
{
    public const int ExitCode = 70;

    public Task StoppingAsync(CancellationToken cancellationToken)
    {
        var failed = services.GetServices<IHostedService>().OfType<BackgroundService>()
            .Where(s => s.ExecuteTask is { IsFaulted: true } or { IsCanceled: true })
            .Select(s => s.GetType().Name)
            .ToList();
        if (failed.Count > 0)
        {
            Environment.ExitCode = ExitCode;
            LogExitingWithFailure(string.Join(", ", failed), ExitCode);
        }
        return Task.CompletedTask;
    }

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Critical, Message = "Background service {Services} ended with an exception; the process exits with code {ExitCode}")]
    private partial void LogExitingWithFailure(string services, int exitCode);
}
