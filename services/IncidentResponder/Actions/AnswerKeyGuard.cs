using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;

namespace GameDay.IncidentResponder.Actions;

/// The responder diagnoses and mitigates with what a real incident offers: metrics, logs, the database and the
/// services' own APIs. The chaos control plane is the game master's answer key: the AppHost's fault list, each
/// service's `/admin/chaos`, the simulated venue's fault settings and state, and the `chaos_*` metrics. Every request
/// of the autopilot's clients to it is refused here, before it leaves the process, so that no runbook step, condition
/// or diagnosis reads it, by design or by mistake. (Tying an alert to the drill that caused it is bookkeeping for the
/// score, not diagnosis: <see cref="HttpActionClients.DrillAttribution"/> is the one client without this guard.)
public sealed partial class AnswerKeyGuard(ILogger<AnswerKeyGuard> logger) : DelegatingHandler
{
    /// Null when a request may go; otherwise what it would have read.
    public static string? Refusal(Uri uri)
    {
        var target = Uri.UnescapeDataString(uri.IsAbsoluteUri ? uri.PathAndQuery : uri.OriginalString);
        return AnswerKey().Match(target) is { Success: true } hit ? $"'{hit.Value}' is the drill's answer key, not evidence a real incident offers" : null;
    }

    /// Whether a text (a URL, a query, a line of prose) names the answer key.
    public static bool Mentions(string text) => AnswerKey().IsMatch(text);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.RequestUri is { } uri && Refusal(uri) is { } why)
        {
            LogRefused(request.Method.Method, uri, why);
            return new HttpResponseMessage(HttpStatusCode.Forbidden)
            {
                RequestMessage = request,
                Content = JsonContent.Create(new { title = "Forbidden", status = 403, detail = why }, mediaType: new("application/problem+json")),
            };
        }
        return await base.SendAsync(request, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused {Method} {Uri}: {Reason}")]
    private partial void LogRefused(string method, Uri uri, string reason);

    /// The fault list, app-layer chaos, the venue's fault settings (errors, report gap, lost acknowledgements) and its state view, and chaos metrics in a query.
    [GeneratedRegex(@"/api/faults\b|/admin/chaos\b|/admin/faults\b|/admin/report-gap\b|/admin/lost-acks\b|/admin/state\b|\bchaos_[a-z_]+", RegexOptions.IgnoreCase)]
    private static partial Regex AnswerKey();
}
