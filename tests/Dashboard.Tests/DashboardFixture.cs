using GameDay.Hosting.Testing;
using Microsoft.Playwright;

namespace GameDay.Dashboard.Tests;

/// One stack (random ports, temporary data directory) and one Chromium for the dashboard's tests: Debian's
/// /usr/bin/chromium driven by Playwright, as the project's scripts install it.
public sealed class DashboardFixture : IAsyncLifetime
{
    public const string Chromium = "/usr/bin/chromium";

    private IPlaywright? playwright;

    public TestDistributedApplication App { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    /// The dashboard's address: the control API's, as `./gameday up` prints it.
    public string Url => App.ControlApiUrl;

    public async Task InitializeAsync()
    {
        Assert.True(File.Exists(Chromium), $"{Chromium} is missing: ./gameday test installs Debian's chromium package.");
        App = await DistributedApplicationTestingBuilder.StartAsync<Program>(o => o.StartupTimeout = Waits.StackHealthy);
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = Chromium, Headless = true });
    }

    /// A new browser context (no cookies) with a large viewport: what a person sees on a game-day screen.
    public Task<IBrowserContext> NewContextAsync() =>
        Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1600, Height = 1000 }, BaseURL = Url });

    /// A page signed in with the run's token, the way `./gameday dashboard`'s link does it.
    public async Task<IPage> SignedInPageAsync(IBrowserContext context, Action<string> log, string path = "/")
    {
        var page = await context.NewPageAsync();
        // The browser's own errors (a failed circuit, a script error) belong in the test's output.
        page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning") log($"browser {message.Type}: {message.Text}");
        };
        page.PageError += (_, error) => log($"browser page error: {error}");
        page.Response += (_, response) =>
        {
            if (response.Status >= 400 && !response.Url.Contains("/login", StringComparison.Ordinal)) log($"browser got {response.Status} for {response.Url}");
        };
        var response = await page.GotoAsync($"/login?t={Uri.EscapeDataString(App.AdminToken)}");
        Assert.Equal(200, response!.Status);
        if (path != "/") await page.GotoAsync(path);
        return page;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        playwright?.Dispose();
        if (App is not null) await App.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class DashboardCollection : ICollectionFixture<DashboardFixture>
{
    public const string Name = "dashboard";
}
