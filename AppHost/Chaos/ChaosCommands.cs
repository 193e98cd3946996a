using System.Net.Http.Json;
using System.Text.Json;
using GameDay.Chaos;
using GameDay.Hosting;
using GameDay.Hosting.Cli;
using Microsoft.Extensions.Logging;

namespace GameDay.AppHost.Chaos;

/// The fault engine in the AppHost, and its verbs: `./gameday faults` lists them, `./gameday heal` reverts all.
public static class ChaosCommands
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static DistributedApplicationBuilder AddChaos(this DistributedApplicationBuilder builder)
    {
        var loggers = LoggerFactory.Create(b => b.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Warning));
        builder.AddExtension(new ChaosExtension(loggers));
        builder.AddCliCommand("faults", "list the faults injected in this run (--active: only those still on)", ListAsync);
        builder.AddCliCommand("heal", "revert every active fault (after a drill that died, or to end a game-day exercise)", HealAsync);
        return builder;
    }

    private static async Task<int> ListAsync(CliContext cli, string[] args, CancellationToken ct)
    {
        if (!cli.StackRunning) return cli.NotRunning();
        var active = args.Contains("--active");
        var faults = await cli.Api.Http.GetFromJsonAsync<List<FaultView>>($"api/faults?active={active}", Json, ct) ?? [];
        if (faults.Count == 0)
        {
            cli.Out.WriteLine(active ? "no fault is active" : "no fault was injected in this run");
            return 0;
        }
        foreach (var f in faults) cli.Out.WriteLine(Describe(f));
        return 0;
    }

    private static async Task<int> HealAsync(CliContext cli, string[] args, CancellationToken ct)
    {
        if (!cli.StackRunning) return cli.NotRunning();
        using var response = await cli.Api.Http.PostAsync("api/faults/heal", null, ct);
        response.EnsureSuccessStatusCode();
        var reverted = await response.Content.ReadFromJsonAsync<List<FaultView>>(Json, ct) ?? [];
        foreach (var f in reverted) cli.Out.WriteLine(Describe(f));
        var failed = reverted.Count(f => f.State != FaultStates.Reverted);
        cli.Out.WriteLine(reverted.Count == 0 ? "nothing to heal: no fault was active" : $"{reverted.Count - failed} fault(s) reverted, {failed} failed");
        return failed == 0 ? 0 : 1;
    }

    private static string Describe(FaultView f) =>
        $"{f.Id}  {f.State,-13} {f.Kind,-22} {f.Target ?? "-",-18} run {f.RunId ?? "-"}  {f.InjectedAt:HH:mm:ss}→{(f.RevertedAt ?? f.ExpiresAt):HH:mm:ss}  {f.RevertDetail ?? f.Detail}";
}
