using System.Globalization;
using System.Net.Http.Json;
using GameDay.Contracts;
using GameDay.Hosting.Cli;

namespace GameDay.AppHost.Incidents;

/// What the person on call does to an incident from the terminal (trainee drills grade it):
/// `incidents ack ID`, `incidents approve ID STEP`, `incidents done ID STEP [note]`. Done as `$USER`.
internal static class IncidentActions
{
    public const string Usage = "incidents ack ID | approve ID STEP | done ID STEP [note...]";

    public static bool Handles(string verb) => verb is "ack" or "approve" or "done";

    public static async Task<int> RunAsync(CliContext cli, string[] args, CancellationToken cancellationToken)
    {
        var verb = args[0];
        var needed = verb == "ack" ? 2 : 3;
        if (args.Length < needed || !long.TryParse(args[1], NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            cli.Error.WriteLine($"usage: ./gameday {Usage}");
            return 2;
        }
        var by = Environment.UserName is { Length: > 0 } user ? user : "operator";
        var (path, body) = verb switch
        {
            "ack" => ($"/api/incidents/{id}/acknowledge", (object)new { by }),
            "approve" => ($"/api/incidents/{id}/steps/{Uri.EscapeDataString(args[2])}/approve", new { by }),
            _ => ($"/api/incidents/{id}/steps/{Uri.EscapeDataString(args[2])}/done", new { by, note = string.Join(' ', args.Skip(3)) }),
        };
        using var responder = new HttpClient { BaseAddress = new Uri(cli.Endpoints[ResourceNames.IncidentResponder]) };
        responder.DefaultRequestHeaders.Add("X-Admin-Token", cli.AdminToken);
        using var response = await responder.PostAsJsonAsync(path, body, cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        (response.IsSuccessStatusCode ? cli.Out : cli.Error).WriteLine($"{verb} #{id}{(args.Length > 2 ? $" {args[2]}" : "")}: {(int)response.StatusCode} {text}");
        return response.IsSuccessStatusCode ? 0 : 1;
    }
}
