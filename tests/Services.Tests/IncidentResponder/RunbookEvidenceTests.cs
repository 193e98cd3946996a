using System.Net;
using System.Text.RegularExpressions;
using GameDay.IncidentResponder.Actions;
using GameDay.IncidentResponder.Automation;
using GameDay.IncidentResponder.Conditions;
using GameDay.Runbooks;
using GameDay.Services.Tests.Runbooks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace GameDay.Services.Tests.IncidentResponder;

/// Runbooks teach the incident, not the platform: no runbook and no diagnosis of the responder reads the chaos control
/// plane (the fault list, a service's /admin/chaos, the venue's fault settings and state, chaos_* metrics).
public sealed partial class RunbookEvidenceTests
{
    private static readonly RunbookLibrary Library = RunbookLibrary.Load(RepoFiles.Runbooks);

    /// Every label the runbooks' templates use, so that every step is planned and walked.
    private static readonly Dictionary<string, string> Labels = new(StringComparer.Ordinal)
    {
        ["alertname"] = "Walk", ["resource"] = "execution-engine", ["job"] = "execution-engine",
        ["stream"] = "orders.approved", ["group"] = "execution-engine", ["label"] = "execution-engine",
    };

    [Theory]
    [InlineData("/api/faults")]
    [InlineData("api/faults?active=true")]
    [InlineData("/admin/chaos/processing")]
    [InlineData("/admin/state")]
    [InlineData("/admin/faults")]
    [InlineData("/admin/report-gap")]
    [InlineData("/admin/lost-acks")]
    [InlineData("/api/v1/query?query=max(chaos_active)")]
    [InlineData("/api/v1/query?query=max%28chaos_active%29")]
    public void TheGuardRefusesTheAnswerKey(string target) =>
        Assert.NotNull(AnswerKeyGuard.Refusal(new Uri(new Uri("http://control/"), target)));

    [Theory]
    [InlineData("/api/resources/execution-engine/logs?tail=50")]
    [InlineData("/admin/streams/pending?stream=orders.approved&group=execution-engine")]
    [InlineData("/api/v1/query?query=up")]
    [InlineData("/api/v1/venues/primary/status")]
    [InlineData("/admin/trades")]
    [InlineData("/api/v1/venues/primary/trades/history")]
    public void TheGuardLetsEvidenceThrough(string target) =>
        Assert.Null(AnswerKeyGuard.Refusal(new Uri(new Uri("http://control/"), target)));

    [Fact]
    public void NoRunbookTellsAPersonToReadTheAnswerKey()
    {
        var hits = Directory.EnumerateFiles(RepoFiles.Runbooks, "*.md")
            .Where(f => Path.GetFileName(f) != "README.md")
            .SelectMany(f => File.ReadAllLines(f).Select((line, i) => (File: Path.GetFileName(f), Line: i + 1, Text: line)))
            .Where(l => AnswerKeyGuard.Mentions(l.Text) || AnswerKeyVerbs().IsMatch(l.Text))
            .Select(l => $"{l.File}:{l.Line}: {l.Text.Trim()}")
            .ToList();

        Assert.True(hits.Count == 0, string.Join('\n', hits));
    }

    /// Every step of every runbook, planned from an alert's labels: its action run and its conditions probed through
    /// the responder's own clients (a recorder stands in for the network). Nothing may ask for the answer key.
    [Fact]
    public async Task NoRunbookStepReadsTheAnswerKey()
    {
        var network = new Recorder();
        var refusals = new Refusals();
        await using var provider = Responder(network, refusals);
        var actions = provider.GetServices<IIncidentAction>().ToDictionary(a => a.Name, StringComparer.Ordinal);
        var probes = provider.GetServices<IConditionProbe>().ToList();
        var walked = 0;

        foreach (var runbook in Library.Runbooks)
        {
            foreach (var step in StepPlanner.Plan(runbook, Labels))
            {
                Assert.True(step.NotApplicable is null, $"{runbook.Id}/{step.Step.Id}: {step.NotApplicable}");
                var context = new ActionContext(1, runbook.Id, step.Step.Id, step.Parameters);
                await Quietly(() => actions[step.Step.Action].ExecuteAsync(context, CancellationToken.None));
                foreach (var condition in step.Pre.Concat(step.Post))
                {
                    await Quietly(() => probes.First(p => p.Handles(condition)).ProbeAsync(condition, 1, CancellationToken.None));
                }
                walked++;
            }
        }

        Assert.True(walked > 100, $"only {walked} steps walked");
        Assert.NotEmpty(network.Requests);
        Assert.True(refusals.Messages.Count == 0, string.Join('\n', refusals.Messages));
    }

    /// The guard sits in the responder's clients: a request for the answer key never reaches the network.
    [Fact]
    public async Task TheResponderClientsStopAnAnswerKeyRequestBeforeTheNetwork()
    {
        var network = new Recorder();
        var refusals = new Refusals();
        await using var provider = Responder(network, refusals);
        var http = provider.GetRequiredService<HttpActionClients>();

        var faults = await http.GetAsync(HttpActionClients.Control, "api/faults", CancellationToken.None);
        var chaos = await http.GetAsync(HttpActionClients.ExecutionEngine, "admin/chaos", CancellationToken.None);
        var resources = await http.GetAsync(HttpActionClients.Control, "api/resources", CancellationToken.None);

        Assert.False(faults.Succeeded);
        Assert.StartsWith("403", faults.Detail, StringComparison.Ordinal);
        Assert.False(chaos.Succeeded);
        Assert.True(resources.Succeeded, resources.Detail);
        Assert.Equal(["http://control/api/resources"], network.Requests.Select(r => r.ToString()));
        Assert.Equal(2, refusals.Messages.Count);
    }

    private static ServiceProvider Responder(Recorder network, Refusals refusals)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ADMIN_TOKEN"] = "walk",
            ["Responder:PrometheusUrl"] = "http://prometheus",
            ["Responder:EvidenceDirectory"] = Path.Combine(Path.GetTempPath(), "gameday-walk-evidence"),
        }).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging(logging => logging.AddProvider(refusals));
        services.AddSingleton(TimeProvider.System);
        // Nothing listens on port 9: every database call fails at once, which is all the walk needs of it.
        services.AddSingleton(Npgsql.NpgsqlDataSource.Create("Host=127.0.0.1;Port=9;Timeout=1"));
        services.AddKeyedSingleton(GameDay.Contracts.ResourceNames.TradingDb, Npgsql.NpgsqlDataSource.Create("Host=127.0.0.1;Port=9;Timeout=1"));
        services.AddOptions<AutopilotOptions>().Configure(o => o.ControlUrl = "http://control");
        services.AddIncidentActions(configuration);
        services.AddConditionEvaluation();
        services.ConfigureHttpClientDefaults(client => client.ConfigurePrimaryHttpMessageHandler(() => network));
        return services.BuildServiceProvider();
    }

    private static async Task Quietly<T>(Func<Task<T>> call)
    {
        try
        {
            await call();
        }
        catch (Exception e) when (e is not Xunit.Sdk.XunitException)
        {
            // A database or Redis the walk does not give: what the step would have read over HTTP is recorded.
        }
    }

    /// Answers every request with an empty success and keeps its address.
    private sealed class Recorder : HttpMessageHandler
    {
        public List<Uri> Requests { get; } = [];

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            lock (Requests) Requests.Add(request.RequestUri!);
            var body = request.RequestUri!.AbsolutePath.Contains("/api/v1/query", StringComparison.Ordinal)
                ? """{"status":"success","data":{"resultType":"vector","result":[]}}"""
                : "[]";
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(body) });
        }
    }

    /// What the guard refused (its warnings).
    private sealed class Refusals : ILoggerProvider, ILogger
    {
        public List<string> Messages { get; } = [];

        public ILogger CreateLogger(string categoryName) => categoryName == typeof(AnswerKeyGuard).FullName ? this : NullLogger.Instance;

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            lock (Messages) Messages.Add(formatter(state, exception));
        }

        public void Dispose()
        {
        }
    }

    /// The CLI verbs that show or end the faults: a person's way to the answer key, besides what the guard refuses.
    [GeneratedRegex(@"gameday (faults|heal|inject)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AnswerKeyVerbs();
}
