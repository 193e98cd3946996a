using System.Runtime.InteropServices;
using System.Text;

namespace GameDay.Hosting.Cli;

/// `logs <resource> [--tail N] [-f]` straight from logs/<resource>.log, so it works with the stack down too.
internal static class LogsVerb
{
    public static async Task<int> RunAsync(CliContext context, CancellationToken ct)
    {
        var args = context.Arguments;
        if (args.Positionals.Count != 1)
        {
            await context.Error.WriteLineAsync("usage: gameday logs <resource> [--tail N] [-f]");
            return 2;
        }

        var resource = args.Positionals[0];
        if (context.Application.Resources.All(r => r.Name != resource))
        {
            await context.Error.WriteLineAsync($"unknown resource '{resource}' (known: {string.Join(", ", context.Application.Resources.Select(r => r.Name))})");
            return 1;
        }

        var path = context.Paths.LogFile(resource);
        if (!File.Exists(path))
        {
            await context.Error.WriteLineAsync($"no log yet for {resource} ({path})");
            return 1;
        }

        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var tail = new Queue<string>();
        var limit = args.IntOption("tail") ?? int.MaxValue;
        while (await reader.ReadLineAsync(ct) is { } line)
        {
            tail.Enqueue(line);
            if (tail.Count > limit)
            {
                tail.Dequeue();
            }
        }

        foreach (var line in tail)
        {
            await context.Out.WriteLineAsync(line);
        }

        return args.Flags.Contains("follow") ? await FollowAsync(context, reader, ct) : 0;
    }

    private static async Task<int> FollowAsync(CliContext context, StreamReader reader, CancellationToken ct)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, s =>
        {
            s.Cancel = true;
            stop.Cancel();
        });
        try
        {
            while (true)
            {
                var line = await reader.ReadLineAsync(stop.Token);
                if (line is null)
                {
                    await Task.Delay(250, stop.Token);
                    continue;
                }

                await context.Out.WriteLineAsync(line);
            }
        }
        catch (OperationCanceledException)
        {
            return 0;
        }
    }
}
