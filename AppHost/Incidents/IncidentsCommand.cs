using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using GameDay.Contracts;
using GameDay.Hosting;
using GameDay.Hosting.Cli;

namespace GameDay.AppHost.Incidents;

/// `./gameday incidents [ID]`: the incident responder's incidents as a table, or one incident with its timeline,
/// its runbook's steps and, once resolved, its post-mortem; `ack`, `approve` and `done` act on one.
public static class IncidentsCommand
{
    public static DistributedApplicationBuilder AddIncidentsCommand(this DistributedApplicationBuilder builder) =>
        builder.AddCliCommand("incidents", $"list incidents, or show one: incidents [ID]; act on one: {IncidentActions.Usage}", RunAsync);

    private static async Task<int> RunAsync(CliContext cli, string[] args, CancellationToken cancellationToken)
    {
        if (!cli.StackRunning) return cli.NotRunning();
        using var responder = new HttpClient { BaseAddress = new Uri(cli.Endpoints[ResourceNames.IncidentResponder]) };
        if (args.Length == 0)
        {
            var incidents = await responder.GetFromJsonAsync<JsonElement>("/api/incidents?limit=50", cancellationToken);
            IncidentTable.Write(cli.Out, [.. incidents.EnumerateArray()]);
            return 0;
        }
        if (IncidentActions.Handles(args[0])) return await IncidentActions.RunAsync(cli, args, cancellationToken);
        if (!long.TryParse(args[0], NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            cli.Error.WriteLine($"'{args[0]}' is not an incident id (a number, as `./gameday incidents` lists them).");
            return 2;
        }
        using var detail = await responder.GetAsync($"/api/incidents/{id}", cancellationToken);
        if (!detail.IsSuccessStatusCode)
        {
            cli.Error.WriteLine($"incident {id}: {(int)detail.StatusCode} {await detail.Content.ReadAsStringAsync(cancellationToken)}");
            return 1;
        }
        var incident = (await detail.Content.ReadFromJsonAsync<JsonElement>(cancellationToken)).GetProperty("incident");
        IncidentTable.Write(cli.Out, [incident]);
        var timeline = await responder.GetFromJsonAsync<JsonElement>($"/api/incidents/{id}/timeline", cancellationToken);
        cli.Out.WriteLine();
        foreach (var entry in timeline.EnumerateArray()) cli.Out.WriteLine(IncidentTable.TimelineLine(entry));
        var steps = await responder.GetFromJsonAsync<JsonElement>($"/api/incidents/{id}/steps", cancellationToken);
        if (steps.GetArrayLength() > 0) cli.Out.WriteLine();
        foreach (var step in steps.EnumerateArray())
        {
            cli.Out.WriteLine($"  {step.GetProperty("stepId").GetString(),-28} {step.GetProperty("kind").GetString(),-9} {step.GetProperty("status").GetString(),-17} {step.GetProperty("detail").GetString()}");
        }
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/incidents/{id}/postmortem");
        request.Headers.Accept.ParseAdd("text/markdown");
        using var postmortem = await responder.SendAsync(request, cancellationToken);
        if (postmortem.IsSuccessStatusCode)
        {
            cli.Out.WriteLine();
            cli.Out.WriteLine(await postmortem.Content.ReadAsStringAsync(cancellationToken));
        }
        return 0;
    }
}
