using Aspire.Hosting;
using Aspire.Hosting.Testing;

namespace GameDay.Infrastructure.Tests;

/// The fixture AppHost (PostgreSQL with the trading database, Redis, Alertmanager, Prometheus; with `trading`, the trading
/// services too) started by Aspire.Hosting.Testing in a temporary data directory, every resource healthy; disposing stops
/// it and deletes the directory.
public sealed class InfrastructureApp(bool trading = false) : IAsyncDisposable
{
    public static readonly TimeSpan Healthy = TimeSpan.FromSeconds(120);
    private DistributedApplication? started;

    public string Data { get; } = Directory.CreateTempSubdirectory("gameday-infra-").FullName;

    public DistributedApplication App => started ?? throw new InvalidOperationException("The application has not started.");

    public static readonly IReadOnlyList<string> Infrastructure = ["postgres", "tradingdb", "redis", "alertmanager", "prometheus"];

    public static readonly IReadOnlyList<string> Services =
        ["broker", "orchestrator", "data-ingestor", "signal-generator", "risk-manager", "execution-engine", "incident-responder"];

    public IReadOnlyList<string> Resources { get; } =
        trading ? [.. Infrastructure, "responder-postgres", "responderdb", .. Services] : Infrastructure;

    /// `args`: more settings of the fixture AppHost (--Infrastructure:AlertWebhook=URL).
    public async Task StartAsync(params string[] args)
    {
        try
        {
            // The postgres user must reach the cluster under the temporary directory (created 0700 for root).
            File.SetUnixFileMode(Data, (UnixFileMode)0b111_101_101);
            var builder = await DistributedApplicationTestingBuilder.CreateAsync<Program>(
                [$"--Infrastructure:DataDirectory={Data}", $"--Infrastructure:Trading={trading}", .. args]);
            started = await builder.BuildAsync();
            using var timeout = new CancellationTokenSource(Healthy);
            await App.StartAsync(timeout.Token);
            foreach (var resource in Resources)
            {
                await App.ResourceNotifications.WaitForResourceHealthyAsync(resource, timeout.Token);
            }
        }
        catch
        {
            await DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (started is not null) await started.DisposeAsync();
        started = null;
        if (Directory.Exists(Data)) Directory.Delete(Data, recursive: true);
    }
}
