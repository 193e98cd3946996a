using System.Globalization;
using GameDay.Hosting.Processes;
using GameDay.Hosting.Runtime;

namespace GameDay.Hosting;

/// initdb and the binaries of the newest PostgreSQL that Debian installed.
internal static class PostgresInstallation
{
    public static string BinDirectory()
    {
        const string root = "/usr/lib/postgresql";
        var best = Directory.Exists(root)
            ? Directory.EnumerateDirectories(root)
                .Select(d => (Dir: d, Version: double.TryParse(Path.GetFileName(d), NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : -1))
                .Where(x => x.Version >= 0 && File.Exists(Path.Combine(x.Dir, "bin", "postgres")))
                .OrderByDescending(x => x.Version)
                .Select(x => x.Dir)
                .FirstOrDefault()
            : null;
        return best is null
            ? throw new LaunchException($"no PostgreSQL under {root}: apt-get install postgresql-15")
            : Path.Combine(best, "bin");
    }

    public static async Task InitAsync(
        LaunchContext context, string bin, string data, UnixUser? owner, string password, string user, CancellationToken ct)
    {
        Directory.CreateDirectory(data);
        if (Directory.EnumerateFileSystemEntries(data).Any())
        {
            throw new LaunchException($"{data} is not empty but holds no cluster (PG_VERSION missing); delete it to re-initialise.");
        }

        File.SetUnixFileMode(data, Modes.PrivateDirectory);
        var pwfile = Path.Combine(context.Run.Paths.Data, $".{Path.GetFileName(data)}.initdb-pw");
        Modes.WritePrivate(pwfile, password + "\n");
        try
        {
            owner?.ChownRecursive(data);
            owner?.ChownRecursive(pwfile);
            string[] args = ["-D", data, "-U", user, "--auth=scram-sha-256", "--pwfile=" + pwfile, "-E", "UTF8", "--locale=C"];
            var spec = new LaunchSpec(Path.Combine(bin, "initdb"), args, context.InheritedEnvironment, context.Run.Paths.Data)
            {
                RunAsUser = owner?.Name,
            };
            context.Log("initdb: first run, creating the cluster");
            var code = await context.RunToCompletionAsync(spec, ct);
            if (code != 0)
            {
                throw new LaunchException($"initdb exited with code {code}; see the log above.");
            }
        }
        finally
        {
            File.Delete(pwfile);
        }
    }

    /// After a kill -9 the lock file names a dead postmaster (or a zombie, or a reused pid that is not postgres);
    /// postgres only trusts kill(pid, 0), so a recycled pid would block it for good.
    public static void RemoveStaleLockFile(string data, Action<string> log)
    {
        var lockFile = Path.Combine(data, "postmaster.pid");
        if (!File.Exists(lockFile))
        {
            return;
        }

        var first = File.ReadLines(lockFile).FirstOrDefault();
        var live = int.TryParse(first, CultureInfo.InvariantCulture, out var pid)
            && ProcStat.IsAlive(pid)
            && Comm(pid) == "postgres";
        if (!live)
        {
            log($"removing stale postmaster.pid (pid {first} is gone)");
            File.Delete(lockFile);
        }
    }

    private static string? Comm(int pid)
    {
        try
        {
            return File.ReadAllText($"/proc/{pid}/comm").Trim();
        }
        catch (IOException)
        {
            return null;
        }
    }
}
