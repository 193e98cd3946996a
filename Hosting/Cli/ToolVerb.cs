using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using Npgsql;

namespace GameDay.Hosting.Cli;

/// `psql` and `redis-cli` against the stack, through the proxies, on the user's terminal.
internal static class ToolVerb
{
    public static async Task<int> RunAsync(CliContext context, CancellationToken ct)
    {
        if (!context.StackRunning)
        {
            return context.NotRunning();
        }

        var app = context.Application;
        var info = context.Arguments.Verb == "psql" ? Psql(context, app) : RedisCli(context, app);
        if (info is null)
        {
            await context.Error.WriteLineAsync($"the topology has no resource for {context.Arguments.Verb}");
            return 1;
        }

        foreach (var arg in context.Arguments.Rest)
        {
            info.ArgumentList.Add(arg);
        }

        // The tool owns Ctrl+C (psql cancels the query); we only wait for it.
        using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, s => s.Cancel = true);
        using var process = Process.Start(info)!;
        await process.WaitForExitAsync(ct);
        return process.ExitCode;
    }

    private static ProcessStartInfo? Psql(CliContext context, DistributedApplication app)
    {
        var name = app.Resources.OfType<PostgresDatabaseResource>().Select(r => r.Name).FirstOrDefault();
        if (name is null || !context.ConnectionStrings.TryGetValue(name, out var connection))
        {
            return null;
        }

        var cs = new NpgsqlConnectionStringBuilder(connection);
        var info = new ProcessStartInfo("psql") { UseShellExecute = false };
        info.Environment["PGPASSWORD"] = cs.Password;
        foreach (var arg in new[] { "-h", "127.0.0.1", "-p", cs.Port.ToString(CultureInfo.InvariantCulture), "-U", cs.Username!, "-d", cs.Database! })
        {
            info.ArgumentList.Add(arg);
        }

        return info;
    }

    private static ProcessStartInfo? RedisCli(CliContext context, DistributedApplication app)
    {
        var name = app.Resources.OfType<RedisResource>().Select(r => r.Name).FirstOrDefault();
        if (name is null || !context.ConnectionStrings.TryGetValue(name, out var connection))
        {
            return null;
        }

        // "127.0.0.1:P,password=W", the StackExchange.Redis form the services get.
        var parts = connection.Split(',');
        var port = parts[0][(parts[0].LastIndexOf(':') + 1)..];
        var password = parts.Skip(1).FirstOrDefault(p => p.StartsWith("password=", StringComparison.Ordinal))?["password=".Length..] ?? "";
        var info = new ProcessStartInfo("redis-cli") { UseShellExecute = false };
        // The password through the environment, as psql's: on the command line any user would read it in ps.
        info.Environment["REDISCLI_AUTH"] = password;
        foreach (var arg in new[] { "-h", "127.0.0.1", "-p", port })
        {
            info.ArgumentList.Add(arg);
        }

        return info;
    }
}
