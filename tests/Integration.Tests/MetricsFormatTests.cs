using System.Diagnostics;
using System.Net.Http.Headers;
using GameDay.Contracts;

namespace GameDay.Integration.Tests;

[Collection(StackCollection.Name)]
public sealed class MetricsFormatTests(StackFixture stack) : IAsyncLifetime
{
    public Task InitializeAsync() => stack.EnsureHealthyAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    public static TheoryData<string> Services =>
    [
        ResourceNames.Broker, ResourceNames.Orchestrator, ResourceNames.DataIngestor, ResourceNames.SignalGenerator,
        ResourceNames.RiskManager, ResourceNames.ExecutionEngine,
    ];

    [Theory]
    [MemberData(nameof(Services))]
    public async Task PromtoolAcceptsTheMetricsOfEveryService(string resource)
    {
        using var client = stack.App.CreateHttpClient(resource);
        var metrics = await client.GetStringAsync("/metrics");

        var (exitCode, output) = await PromtoolCheckAsync(metrics);

        Assert.True(exitCode == 0, $"promtool check metrics rejected {resource}'s /metrics (exit {exitCode}):\n{output}");
        Assert.Contains("target_info", metrics);
    }

    [Fact]
    public async Task PromtoolAcceptsTheMetricsOfTheAppHost()
    {
        using var client = new HttpClient { BaseAddress = new Uri(stack.App.ControlApiUrl) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", stack.App.AdminToken);
        var metrics = await client.GetStringAsync("/metrics");

        var (exitCode, output) = await PromtoolCheckAsync(metrics);

        Assert.True(exitCode == 0, $"promtool check metrics rejected the AppHost's /metrics (exit {exitCode}):\n{output}");
        Assert.Contains("gameday_resource_healthy{resource=\"execution-engine\"} 1", metrics);
    }

    private static async Task<(int ExitCode, string Output)> PromtoolCheckAsync(string metrics)
    {
        using var process = Process.Start(new ProcessStartInfo("promtool", "check metrics")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        await process.StandardInput.WriteAsync(metrics);
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout + await stderr);
    }
}
