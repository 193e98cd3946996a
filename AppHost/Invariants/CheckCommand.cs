using GameDay.Contracts;
using GameDay.Hosting;
using GameDay.Hosting.Cli;
using Npgsql;

namespace GameDay.AppHost.Invariants;

/// `./gameday check`: evaluates the failure catalog's global invariants against the running
/// stack and exits non-zero naming every failing one.
public static class CheckCommand
{
    public static DistributedApplicationBuilder AddCheckCommand(this DistributedApplicationBuilder builder) =>
        builder.AddCliCommand("check", "evaluate the global invariants (exit 1 naming each failing one)", RunAsync);

    private static async Task<int> RunAsync(CliContext cli, string[] args, CancellationToken cancellationToken)
    {
        if (!cli.StackRunning) return cli.NotRunning();
        await using var database = NpgsqlDataSource.Create(cli.ConnectionStrings[ResourceNames.TradingDb]);
        using var broker = new HttpClient { BaseAddress = new Uri(cli.Endpoints[ResourceNames.Broker]) };
        var context = new InvariantContext(database, new VenueReader(broker, cli.AdminToken), async ct =>
            [.. (await cli.Api.GetResourcesAsync(ct)).Select(r => new ResourceHealth(r.Name, r.State.ToString(), r.Health?.ToString()))]);

        var results = await new InvariantChecker(TimeProvider.System).CheckAsync(context, cancellationToken);
        foreach (var result in results)
        {
            cli.Out.WriteLine($"{(result.Passed ? "ok    " : "FAILED")}  {result.Name}");
            foreach (var violation in result.Violations.Take(20)) cli.Out.WriteLine($"          - {violation}");
            if (result.Violations.Count > 20) cli.Out.WriteLine($"          … and {result.Violations.Count - 20} more");
        }
        var failed = results.Where(r => !r.Passed).Select(r => r.Name).ToList();
        if (failed.Count == 0)
        {
            cli.Out.WriteLine("all invariants hold");
            return 0;
        }
        cli.Error.WriteLine($"invariants violated: {string.Join(", ", failed)}");
        return 1;
    }
}
