using System.Net;
using GameDay.IncidentResponder.Actions;

namespace GameDay.Services.Tests.IncidentResponder;

/// An IHttpClientFactory whose clients answer from a table: the first rule whose client, method and text (found in the
/// unescaped path and query) match gives the status and body; anything else is a 404. Requests are recorded.
internal sealed class FakeHttp : IHttpClientFactory
{
    private readonly List<(string Client, HttpMethod Method, string Contains, HttpStatusCode Status, string Body)> rules = [];

    public List<string> Requests { get; } = [];

    public HttpActionClients Clients => new(this);

    public FakeHttp On(string client, HttpMethod method, string contains, string body, HttpStatusCode status = HttpStatusCode.OK)
    {
        rules.Add((client, method, contains, status, body));
        return this;
    }

    public FakeHttp Get(string client, string contains, string body, HttpStatusCode status = HttpStatusCode.OK) =>
        On(client, HttpMethod.Get, contains, body, status);

    /// A Prometheus instant-vector answer; each sample's metric is a JSON object text such as {"job":"orchestrator"}.
    public static string Vector(params (string Metric, string Value)[] samples) =>
        """{"status":"success","data":{"resultType":"vector","result":[""" +
        string.Join(",", samples.Select(s => $$"""{"metric":{{s.Metric}},"value":[1736155800.0,"{{s.Value}}"]}""")) + "]}}";

    public HttpClient CreateClient(string name) => new(new Handler(this, name)) { BaseAddress = new Uri($"http://{name}/") };

    private HttpResponseMessage Answer(string client, HttpRequestMessage request)
    {
        var target = Uri.UnescapeDataString(request.RequestUri!.PathAndQuery);
        lock (Requests) Requests.Add($"{client} {request.Method} {target}");
        var rule = rules.FirstOrDefault(r => r.Client == client && r.Method == request.Method && target.Contains(r.Contains, StringComparison.Ordinal));
        return rule.Body is null
            ? new HttpResponseMessage(HttpStatusCode.NotFound) { Content = new StringContent("{}") }
            : new HttpResponseMessage(rule.Status) { Content = new StringContent(rule.Body, System.Text.Encoding.UTF8, "application/json") };
    }

    private sealed class Handler(FakeHttp owner, string client) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(owner.Answer(client, request));
    }
}
