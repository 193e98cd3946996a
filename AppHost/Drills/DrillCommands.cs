using System.Runtime.InteropServices;
using GameDay.Contracts;
using GameDay.Hosting;
using GameDay.Hosting.Cli;
using GameDay.Scenarios;

namespace GameDay.AppHost.Drills;

/// `./gameday scenarios [validate]` and `./gameday drill <id>`.
public static class DrillCommands
{
    public static DistributedApplicationBuilder AddDrillCommands(this DistributedApplicationBuilder builder)
    {
        var resources = builder.Resources.Select(r => r.Name).ToList();
        builder.AddCliCommand("scenarios", "list the chaos scenarios and their catalog coverage; `scenarios validate` checks every file",
            (cli, args, ct) => Task.FromResult(ScenariosVerb.Run(cli, args, resources)));
        builder.AddCliCommand("drill", "run one scenario end to end: " + DrillArguments.Usage[7..], (cli, args, ct) => RunAsync(cli, args, resources, ct));
        return builder;
    }

    private static async Task<int> RunAsync(CliContext cli, string[] args, IReadOnlyList<string> resources, CancellationToken ct)
    {
        var (arguments, error) = DrillArguments.Parse(args);
        if (arguments is null)
        {
            cli.Error.WriteLine($"{error}\n{DrillArguments.Usage}");
            return 2;
        }
        var repo = cli.RepositoryRoot;
        var loaded = ScenarioCatalog.Loader(repo, resources).Load(Path.Combine(repo, "scenarios", arguments.ScenarioId + ".yaml"));
        if (!loaded.Succeeded)
        {
            foreach (var e in loaded.Errors) cli.Error.WriteLine(e);
            return 2;
        }

        using var abort = CancellationTokenSource.CreateLinkedTokenSource(ct);
        void OnSignal(PosixSignalContext signal)
        {
            signal.Cancel = true; // abort safely: the runner reverts its faults first
            cli.Error.WriteLine("aborting the drill: reverting its faults…");
            abort.Cancel();
        }
        using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal);
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal);

        await using var local = cli.StackRunning ? null : await StartStackAsync(cli, abort.Token);
        var stack = local?.Context ?? cli;
        var seed = arguments.Seed ?? cli.Application.Options.Seed;
        await using var env = await DrillEnvironment.ConnectAsync(stack.Api, r => new Uri(stack.Endpoints[r]), stack.AdminToken,
            stack.ConnectionStrings[ResourceNames.TradingDb], stack.ConnectionStrings[ResourceNames.Redis]);
        var scenario = loaded.Scenarios[0];
        cli.Out.WriteLine($"drill {scenario.Id}: {scenario.Title} (seed {seed}, responder {arguments.Mode})");
        var options = new DrillOptions(seed, arguments.Mode) { ApproveGatedSteps = arguments.Approve };
        if (arguments.TimeLimit is { } limit) options = options with { TimeLimit = limit };
        if (options.IsTrainee) TraineeBriefing.Write(cli.Out, options.TimeLimit);
        var journal = await new DrillRunner(env, TimeProvider.System, new ConsoleDrillObserver(cli.Out)).RunAsync(scenario, options, abort.Token);
        await WriteAsync(cli, journal, arguments, repo);
        return journal.Outcome == DrillJournal.Passed ? 0 : journal.Outcome == DrillJournal.Aborted ? 130 : 1;
    }

    private static async Task<LocalStack> StartStackAsync(CliContext cli, CancellationToken ct)
    {
        cli.Out.WriteLine("no stack is running: starting one for this drill (it stops afterwards)…");
        return await LocalStack.StartAsync(cli, TimeSpan.FromMinutes(5), ct);
    }

    private static async Task WriteAsync(CliContext cli, DrillJournal journal, DrillArguments arguments, string repo)
    {
        var (json, report) = await DrillFiles.WriteAsync(journal, Path.Combine(repo, ".gameday", "drills"), arguments.JsonFile, arguments.ReportFile);
        var m = journal.Measures;
        cli.Out.WriteLine();
        cli.Out.WriteLine($"{journal.Outcome.ToUpperInvariant()}: {journal.Checks.Count(c => c.Passed)}/{journal.Checks.Count} checks passed; " +
                          $"MTTD {m.MttdSeconds?.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) ?? "-"} s, " +
                          $"MTTR {m.MttrSeconds?.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) ?? "-"} s");
        cli.Out.WriteLine($"journal {json}\nreport  {report}");
    }
}
