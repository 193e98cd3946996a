using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using GameDay.Messaging;
using Microsoft.Extensions.Options;
using Polly;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace GameDay.ExecutionEngine.Infrastructure;

/// The broker's REST API (broker-api.md). Never throws for venue trouble: every call ends in a
/// VenueResponse whose outcome the caller acts on. Any 401 fails the session for good (no silent re-login).
public sealed partial class VenueClient(
    HttpClient http, VenueSession session, VenueGate gate, IOptions<VenueOptions> options, TimeProvider time,
    ILogger<VenueClient> logger)
{
    private const string Api = "/api/v1";

    public Task<VenueResponse<SessionToken>> LoginAsync(CancellationToken ct) => SendAsync<SessionToken>(HttpMethod.Post,
        $"{Api}/session/token", new { apiKey = options.Value.ApiKey, apiSecret = options.Value.ApiSecret }, auth: false, ct);

    public Task<VenueResponse<VenueOrder>> SubmitAsync(string venue, SubmitOrderRequest order, CancellationToken ct) =>
        SendAsync<VenueOrder>(HttpMethod.Post, $"{Api}/venues/{venue}/orders", order, auth: true, ct);

    public Task<VenueResponse<VenueOrder>> GetOrderAsync(string venue, string clientOrderId, CancellationToken ct) =>
        SendAsync<VenueOrder>(HttpMethod.Get, $"{Api}/venues/{venue}/orders/{Uri.EscapeDataString(clientOrderId)}", null, auth: true, ct);

    public Task<VenueResponse<VenueOrder>> CancelAsync(string venue, string clientOrderId, CancellationToken ct) =>
        SendAsync<VenueOrder>(HttpMethod.Delete, $"{Api}/venues/{venue}/orders/{Uri.EscapeDataString(clientOrderId)}", null, auth: true, ct);

    public Task<VenueResponse<List<VenueOrder>>> GetOpenOrdersAsync(string venue, CancellationToken ct) =>
        SendAsync<List<VenueOrder>>(HttpMethod.Get, $"{Api}/venues/{venue}/orders?status=open", null, auth: true, ct);

    /// The venue's execution-report feed after a sequence: what the fill poller follows.
    public Task<VenueResponse<List<VenueTrade>>> GetTradesAsync(string venue, long afterSequence, CancellationToken ct) =>
        SendAsync<List<VenueTrade>>(HttpMethod.Get, $"{Api}/venues/{venue}/trades?afterSequence={afterSequence}", null, auth: true, ct);

    /// The venue's whole trade history (its statement), which holds every execution even when the feed lost its report.
    public Task<VenueResponse<List<VenueTrade>>> GetTradeHistoryAsync(string venue, CancellationToken ct) =>
        SendAsync<List<VenueTrade>>(HttpMethod.Get, $"{Api}/venues/{venue}/trades/history", null, auth: true, ct);

    public Task<VenueResponse<List<VenuePosition>>> GetPositionsAsync(CancellationToken ct) =>
        SendAsync<List<VenuePosition>>(HttpMethod.Get, $"{Api}/positions", null, auth: true, ct);

    public Task<VenueResponse<VenueStatus>> GetStatusAsync(string venue, CancellationToken ct) =>
        SendAsync<VenueStatus>(HttpMethod.Get, $"{Api}/venues/{venue}/status", null, auth: false, ct);

    public Task<VenueResponse<List<VenueReplay>>> GetReplaysAsync(string adminToken, CancellationToken ct) =>
        SendAsync<List<VenueReplay>>(HttpMethod.Get, "/admin/orders/replays", null, auth: false, ct,
            request => request.Headers.Add("X-Admin-Token", adminToken));

    private async Task<VenueResponse<T>> SendAsync<T>(HttpMethod method, string path, object? body, bool auth,
        CancellationToken ct, Action<HttpRequestMessage>? configure = null)
    {
        var token = session.AccessToken;
        if (auth && (token is null || !session.IsUsable))
        {
            return new(VenueOutcome.NotLoggedIn, null, default, session.State, null);
        }
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Add("X-Source-Ip", options.Value.SourceIp);
        if (auth) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (body is not null) request.Content = JsonContent.Create(body, options: MessageJson.Options);
        configure?.Invoke(request);
        // Our own context, shared by every attempt, so the retry strategy can tell us it retried.
        var context = ResilienceContextPool.Shared.Get(ct);
        request.SetResilienceContext(context);
        try
        {
            using var response = await http.SendAsync(request, ct);
            ExecutionMetrics.CountVenueRequest(((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture));
            var mapped = await MapAsync<T>(response, auth, ct);
            return mapped with { Retried = context.Properties.GetValue(VenueResilience.Retried, false) };
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            // Whatever the call threw, its outcome is unknown and is resolved by the client order id: HttpClient
            // throws more than HttpRequestException (a raw SocketException when the venue hangs up right after the
            // connect), and an exception that escaped here would leave an order without an outcome.
            var code = ex switch
            {
                BrokenCircuitException => "circuit_open",
                TimeoutRejectedException or TaskCanceledException => "timeout",
                JsonException => "bad_body",
                _ => "connection_error",
            };
            ExecutionMetrics.CountVenueRequest(code);
            LogUnknownOutcome(method.Method, path, code, ex.Message);
            return new(VenueOutcome.Unknown, null, default, code, null, context.Properties.GetValue(VenueResilience.Retried, false));
        }
        finally
        {
            request.SetResilienceContext(null);
            ResilienceContextPool.Shared.Return(context);
        }
    }

    private async Task<VenueResponse<T>> MapAsync<T>(HttpResponseMessage response, bool auth, CancellationToken ct)
    {
        var code = response.StatusCode;
        if (response.IsSuccessStatusCode)
        {
            var body = await response.Content.ReadFromJsonAsync<T>(MessageJson.Options, ct);
            return new(VenueOutcome.Ok, code, body, null, null);
        }
        var error = await ReadErrorAsync(response, ct);
        var retryAfter = response.Headers.RetryAfter?.Delta
            ?? (response.Headers.RetryAfter?.Date is { } date ? date - time.GetUtcNow() : null);
        var outcome = code switch
        {
            HttpStatusCode.NotFound => VenueOutcome.NotFound,
            HttpStatusCode.Conflict => VenueOutcome.Conflict,
            HttpStatusCode.BadRequest or HttpStatusCode.UnprocessableEntity => VenueOutcome.BadRequest,
            HttpStatusCode.Unauthorized => VenueOutcome.Unauthorized,
            HttpStatusCode.Forbidden => VenueOutcome.Forbidden,
            HttpStatusCode.TooManyRequests => VenueOutcome.RateLimited,
            HttpStatusCode.ServiceUnavailable when error == "maintenance" => VenueOutcome.Maintenance,
            _ => VenueOutcome.Unknown,
        };
        if (outcome == VenueOutcome.Unauthorized && auth)
        {
            session.AuthFailed(error ?? "unauthorized");
            LogAuthFailed(error ?? "unauthorized");
        }
        if (outcome == VenueOutcome.RateLimited) gate.BackOff(retryAfter ?? TimeSpan.FromSeconds(1), "rate_limited");
        if (outcome == VenueOutcome.Forbidden && auth) gate.BackOff(TimeSpan.FromSeconds(2), error ?? "forbidden");
        return new(outcome, code, default, error, retryAfter);
    }

    private static async Task<string?> ReadErrorAsync(HttpResponseMessage response, CancellationToken ct)
    {
        try
        {
            using var document = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(ct), cancellationToken: ct);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object) return null;
            if (root.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.String) return error.GetString();
            return root.TryGetProperty("title", out var title) ? title.GetString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Venue {Method} {Path}: outcome unknown ({Code}: {Reason})")]
    private partial void LogUnknownOutcome(string method, string path, string code, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Venue refused our session ({Error}): venue_auth_failed; a restart logs in again")]
    private partial void LogAuthFailed(string error);
}
