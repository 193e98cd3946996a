using GameDay.Hosting;
using GameDay.Hosting.Runtime;
using Microsoft.Extensions.Logging;

namespace GameDay.Infrastructure.Postgres;

/// The cluster on disk: Debian's binaries, initdb on the first start, and the lock file a kill -9 leaves behind (the
/// binaries and the lock file as the hosting runtime finds them, PostgresInstallation).
internal static class PostgresCluster
{
    /// Idempotent, so it can run before every start: creates the cluster when the directory has none, and removes a
    /// lock file whose postmaster is gone.
    public static async Task PrepareAsync(LocalPostgresResource server, string password, ServerUser user, ILogger log, CancellationToken ct)
    {
        var data = server.DataDirectory;
        Directory.CreateDirectory(data);
        if (!File.Exists(Path.Combine(data, "PG_VERSION"))) await InitAsync(data, password, user, log, ct);
        // After a kill -9 the lock file names a dead postmaster, which would keep the server from starting.
        PostgresInstallation.RemoveStaleLockFile(data, line => log.LogWarning("{Line}", line));
    }

    private static async Task InitAsync(string data, string password, ServerUser user, ILogger log, CancellationToken ct)
    {
        if (Directory.EnumerateFileSystemEntries(data).Any())
        {
            throw new InvalidOperationException($"{data} is not empty but holds no cluster (PG_VERSION is missing); delete it to create a new one.");
        }
        File.SetUnixFileMode(data, Modes.PrivateDirectory);
        // The password goes to initdb in a private file (created 0600, a name nobody can guess), never on a command line.
        var pwfile = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(data))!, $".initdb-pw-{Guid.NewGuid():N}");
        Modes.WritePrivate(pwfile, password + "\n");
        try
        {
            user.Own(data);
            user.Own(pwfile);
            log.LogInformation("initdb: first start, creating the cluster in {Data}", data);
            await user.RunAsync(Path.Combine(PostgresInstallation.BinDirectory(), "initdb"),
                ["-D", data, "-U", LocalPostgresResource.UserName, "--auth=scram-sha-256", "--pwfile=" + pwfile, "-E", "UTF8", "--locale=C"], log, ct);
        }
        finally
        {
            File.Delete(pwfile);
        }
    }
}
