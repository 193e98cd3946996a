namespace GameDay.Hosting.Cli;

/// start|stop|restart|kill|pause|resume|failover-path|failback-path <resource>, executed by the running AppHost.
internal static class ResourceCommandVerb
{
    public static async Task<int> RunAsync(CliContext context, CancellationToken ct)
    {
        if (context.Arguments.Positionals.Count != 1)
        {
            await context.Error.WriteLineAsync($"usage: gameday {context.Arguments.Verb} <resource>");
            return 2;
        }

        if (!context.StackRunning)
        {
            return context.NotRunning();
        }

        var result = await context.Api.ExecuteCommandAsync(context.Arguments.Positionals[0], context.Arguments.Verb,
            $"{Environment.UserName} (cli)", ct);
        await (result.Succeeded ? context.Out : context.Error).WriteLineAsync(result.Message);
        return result.Succeeded ? 0 : 1;
    }
}
