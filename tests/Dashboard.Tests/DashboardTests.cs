using GameDay.Contracts;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace GameDay.Dashboard.Tests;

/// The dashboard in a real browser against a real stack: what a person at a game day sees and does.
[Collection(DashboardCollection.Name)]
public sealed class DashboardTests(DashboardFixture stack, ITestOutputHelper output)
{
    [Fact]
    public async Task EveryPageRefusesAccessWithoutTheToken()
    {
        await using var context = await stack.NewContextAsync();
        var page = await context.NewPageAsync();

        var response = await page.GotoAsync("/");

        Assert.Equal(401, response!.Status);
        await Expect(page.GetByText("This dashboard is behind the run's admin token")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("resources")).ToHaveCountAsync(0);
        foreach (var path in new[] { "/resources", "/trading", "/incidents", "/drills", "/api/resources" })
        {
            Assert.Equal(401, (await context.APIRequest.GetAsync(path)).Status);
        }
        Assert.Equal(401, (await context.APIRequest.PostAsync("/_blazor/negotiate?negotiateVersion=1")).Status);
        var wrong = await page.GotoAsync("/login?t=not-the-token");
        Assert.Equal(401, wrong!.Status);
        await Expect(page.GetByText("That is not this run's admin token.")).ToBeVisibleAsync();
        Assert.DoesNotContain(await context.CookiesAsync(), c => c.Name == "gameday_token");
        output.WriteLine(await Screenshots.SaveAsync(page, "dashboard-refused-without-token"));
    }

    [Fact]
    public async Task LoadsWithEveryResourceRunningAndHealthy()
    {
        await using var context = await stack.NewContextAsync();
        var page = await stack.SignedInPageAsync(context, output.WriteLine);
        var resources = stack.App.GetSnapshots();

        foreach (var resource in resources)
        {
            await Expect(page.GetByTestId($"state-{resource.Name}")).ToHaveTextAsync("Running", Within(Waits.PageFollows));
            await Expect(page.GetByTestId($"health-{resource.Name}")).ToHaveTextAsync("Healthy", Within(Waits.PageFollows));
        }
        await Expect(page.GetByTestId("healthy-count")).ToHaveTextAsync($"{resources.Count}/{resources.Count} healthy", Within(Waits.PageFollows));
        await Expect(page.GetByTestId($"row-{ResourceNames.Orchestrator}")).ToContainTextAsync(stack.App.GetSnapshot(ResourceNames.Orchestrator).Endpoints[0].Url);
        // CPU and memory, as `docker stats` shows them, once the runtime has sampled the process twice.
        await Expect(page.GetByTestId($"cpu-{ResourceNames.ExecutionEngine}")).ToHaveTextAsync(new Regex(@"^\d+\.\d%$"), Within(Waits.PageFollows));
        await Expect(page.GetByTestId($"memory-{ResourceNames.ExecutionEngine}")).ToHaveTextAsync(new Regex(@"^\d+\.\dMiB$"), Within(Waits.PageFollows));
        output.WriteLine(await Screenshots.SaveAsync(page, "dashboard-resources-healthy"));
    }

    [Fact]
    public async Task TheTradingPanelAndItsChartsShowLiveData()
    {
        await using var context = await stack.NewContextAsync();
        var page = await stack.SignedInPageAsync(context, output.WriteLine, "/trading");

        await Expect(page.GetByTestId("trading-state")).ToHaveTextAsync("ACTIVE", Within(Waits.PageFollows));
        await Expect(page.GetByTestId("pnl")).ToContainTextAsync("loss limit", Containing(Waits.PageFollows));
        await Expect(page.GetByTestId("streams")).ToContainTextAsync("orders.approved", Containing(Waits.PageFollows));
        // Prometheus scrapes every second: the charts have lines once a few samples exist. Not "visible": a flat line
        // (no entry pending in the whole window) has an empty bounding box, which Playwright counts as hidden.
        await Expect(page.GetByTestId("chart-pnl").Locator("polyline")).ToHaveCountAsync(1, new() { Timeout = Ms(Waits.Restart) });
        await Expect(page.GetByTestId("chart-pending").Locator("polyline").First)
            .ToHaveAttributeAsync("points", TwoPointsOrMore, new() { Timeout = Ms(Waits.Restart) });
        Assert.True(await page.EvaluateAsync<bool>("() => !!customElements.get('fluent-button')"), "FluentUI's web components are not loaded");
        output.WriteLine(await Screenshots.SaveAsync(page, "dashboard-trading"));

        // The halt button is guarded: confirming without HALT typed halts nothing; with it, trading halts (manual).
        using var orchestrator = stack.App.CreateHttpClient(ResourceNames.Orchestrator);
        orchestrator.DefaultRequestHeaders.Add("X-Admin-Token", stack.App.AdminToken);
        try
        {
            await page.GetByTestId("halt-trading").ClickAsync();
            await Expect(page.GetByTestId("halt-guard")).ToBeVisibleAsync();
            await page.GetByTestId("halt-confirmation").FillAsync("halt");
            await page.GetByTestId("halt-confirm").ClickAsync(new LocatorClickOptions { Force = true });
            await Expect(page.GetByTestId("halt-guard")).ToBeVisibleAsync();
            Assert.Contains("\"halted\":false", await orchestrator.GetStringAsync("/pnl/status"), StringComparison.Ordinal);

            await page.GetByTestId("halt-confirmation").FillAsync("HALT");
            await page.GetByTestId("halt-confirm").ClickAsync();

            await Expect(page.GetByTestId("trading-state")).ToHaveTextAsync("HALTED", Within(Waits.PageFollows));
            await Expect(page.GetByTestId("trading-panel")).ToContainTextAsync("halt reason: manual");
            output.WriteLine(await Screenshots.SaveAsync(page, "dashboard-trading-halted"));
        }
        finally
        {
            // Later tests (a drill) need an active stack: lift the manual halt as its runbook would.
            (await orchestrator.PostAsync("/admin/orchestrate/unhalt", null)).EnsureSuccessStatusCode();
        }
        await Expect(page.GetByTestId("trading-state")).ToHaveTextAsync("ACTIVE", Within(Waits.PageFollows));
    }

    [Fact]
    public async Task RestartingFromItsButtonShowsTheResourceLeaveAndRegainRunning()
    {
        const string resource = ResourceNames.SignalGenerator;
        await using var context = await stack.NewContextAsync();
        var page = await stack.SignedInPageAsync(context, output.WriteLine);
        var state = page.GetByTestId($"state-{resource}");
        await Expect(state).ToHaveTextAsync("Running", Within(Waits.PageFollows));
        var restartsBefore = stack.App.GetSnapshot(resource).Restarts;
        // Record every state the page shows from now on: a restart passes through Finished for well under a second.
        await page.EvaluateAsync("""
            testId => {
                window.statesSeen = [];
                const record = () => {
                    const text = document.querySelector(`[data-testid="${testId}"]`)?.textContent?.trim();
                    if (text && window.statesSeen[window.statesSeen.length - 1] !== text) window.statesSeen.push(text);
                };
                new MutationObserver(record).observe(document.body, { subtree: true, childList: true, characterData: true });
            }
            """, $"state-{resource}");

        await page.GetByTestId($"restart-{resource}").ClickAsync();

        // The page keeps the resource's recent state changes: it left Running (stopped, started) and is Running again.
        await Expect(page.GetByTestId($"changes-{resource}")).ToContainTextAsync(new Regex("Finished|Exited|Starting"), Containing(Waits.Restart));
        await Expect(page.GetByTestId($"changes-{resource}")).ToContainTextAsync(new Regex("Running [0-9:]+$"), Containing(Waits.Restart));
        await Expect(state).ToHaveTextAsync("Running", Within(Waits.Restart));
        await Expect(page.GetByTestId($"health-{resource}")).ToHaveTextAsync("Healthy", Within(Waits.Restart));
        await Expect(page.GetByTestId("notice")).ToContainTextAsync($"restart {resource}", Containing(Waits.PageFollows));
        output.WriteLine($"changes the page shows: {await page.GetByTestId($"changes-{resource}").TextContentAsync()}");
        output.WriteLine($"states the state cell showed: {string.Join(" → ", await page.EvaluateAsync<string[]>("() => window.statesSeen"))}");
        Assert.Equal(restartsBefore + 1, stack.App.GetSnapshot(resource).Restarts);
        // The control API's action log names who restarted it: the name the page acts as.
        using var control = stack.App.CreateControlApiClient();
        var actions = await control.Http.GetFromJsonAsync<JsonElement[]>("api/actions");
        Assert.Contains(actions!, a => a.GetProperty("resource").GetString() == resource && a.GetProperty("action").GetString() == "restart"
            && a.GetProperty("by").GetString() == "dashboard");
        output.WriteLine(await Screenshots.SaveAsync(page, "dashboard-restart"));
    }

    [Fact]
    public async Task StartingServiceCrashFromThePageShowsTheIncidentItsTimelineAndTheVerdict()
    {
        await using var context = await stack.NewContextAsync();
        var page = await stack.SignedInPageAsync(context, output.WriteLine, "/drills");
        // A drill refuses an unhealthy stack (a service restarted by another test may still be starting): wait as a person would.
        var count = stack.App.GetSnapshots().Count;
        await Expect(page.GetByTestId("healthy-count")).ToHaveTextAsync($"{count}/{count} healthy", Within(Waits.Restart));

        await page.GetByTestId("start-drill-service-crash").ClickAsync();

        await Expect(page.GetByTestId("drill-outcome")).ToHaveTextAsync("running…", Within(Waits.PageFollows));
        await Expect(page.GetByTestId("drill-timeline")).ToContainTextAsync("inject", Containing(Waits.Drill));
        // The incident shows while the drill runs; a verdict first means the drill ended without one (fail now, not in 10 minutes).
        await Expect(page.GetByTestId("drill-incident").Or(page.GetByTestId("drill-verdict")).First).ToBeVisibleAsync(Visible(Waits.Drill));
        await Expect(page.GetByTestId("drill-incident")).ToBeVisibleAsync();
        output.WriteLine(await Screenshots.SaveAsync(page, "dashboard-drill-running"));
        await Expect(page.GetByTestId("drill-verdict")).ToBeVisibleAsync(Visible(Waits.Drill));
        var verdict = await page.GetByTestId("drill-verdict").TextContentAsync();
        output.WriteLine(verdict);
        output.WriteLine(await page.GetByTestId("drill-checks").TextContentAsync());
        await Expect(page.GetByTestId("drill-outcome")).ToHaveTextAsync("passed");
        Assert.StartsWith("PASSED", verdict!.Trim(), StringComparison.Ordinal);
        Assert.Contains("MTTD", verdict, StringComparison.Ordinal);
        await Expect(page.GetByTestId("drill-checks")).Not.ToContainTextAsync("FAIL");
        // The catalog's last result is this run's (not an older journal of the same scenario).
        var run = await page.GetByTestId("drill-run").TextContentAsync();
        await Expect(page.GetByTestId("scenario-service-crash")).ToContainTextAsync(run!, Containing(Waits.PageFollows));
        await Expect(page.GetByTestId("scenario-service-crash")).ToContainTextAsync("passed");
        output.WriteLine(await Screenshots.SaveAsync(page, "dashboard-drill-service-crash"));

        await page.GetByTestId("drill-incident").ClickAsync();

        await Expect(page.GetByTestId("incident-title")).ToBeVisibleAsync(Visible(Waits.PageFollows));
        await Expect(page.GetByTestId("timeline")).ToContainTextAsync("alert_fired", Containing(Waits.PageFollows));
        await Expect(page.GetByTestId("timeline")).ToContainTextAsync("step_succeeded");
        await Expect(page.GetByTestId("steps")).ToContainTextAsync("succeeded");
        await Expect(page.GetByTestId("measures")).ToContainTextAsync("MTTR");
        await Expect(page.GetByTestId("measures")).Not.ToContainTextAsync("MTTR –");
        await Expect(page.GetByTestId("postmortem")).ToContainTextAsync("Post-Mortem", Containing(Waits.PageFollows));
        output.WriteLine(await Screenshots.SaveAsync(page, "dashboard-incident-service-crash"));
    }

    /// A polyline's points: "x,y x,y …" with at least two pairs, so that the chart draws a line, not a dot.
    private static readonly Regex TwoPointsOrMore = new(@"^\S+,\S+( \S+,\S+)+$");

    private static float Ms(TimeSpan span) => (float)span.TotalMilliseconds;

    private static LocatorAssertionsToHaveTextOptions Within(TimeSpan span) => new() { Timeout = Ms(span) };

    private static LocatorAssertionsToContainTextOptions Containing(TimeSpan span) => new() { Timeout = Ms(span) };

    private static LocatorAssertionsToBeVisibleOptions Visible(TimeSpan span) => new() { Timeout = Ms(span) };
}
