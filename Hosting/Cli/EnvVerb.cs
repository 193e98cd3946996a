namespace GameDay.Hosting.Cli;

internal static class EnvVerb
{
    public static async Task<int> RunAsync(CliContext context, CancellationToken ct)
    {
        if (!context.StackRunning)
        {
            return context.NotRunning();
        }

        await context.Out.WriteAsync(await context.Api.GetEnvAsync(ct));
        return 0;
    }
}
