namespace GameDay.Hosting.Runtime;

/// The data directory layout of docs/architecture.md: data/, logs/, run/ (pids, token, state).
public sealed record AppPaths(string Root)
{
    public string Data => Path.Combine(Root, "data");
    public string Logs => Path.Combine(Root, "logs");
    public string Run => Path.Combine(Root, "run");
    public string Pids => Path.Combine(Run, "pids");
    public string AdminTokenFile => Path.Combine(Run, "admin-token");
    public string StateFile => Path.Combine(Run, "state.json");
    public string AppHostPidFile => Path.Combine(Run, "apphost.pid");

    public string LogFile(string resource) => Path.Combine(Logs, resource + ".log");
    public string PidFile(string resource) => Path.Combine(Pids, resource + ".pid");
    public string PasswordFile(string resource) => Path.Combine(Data, resource + ".password");
    public string ResourceData(string resource) => Path.Combine(Data, resource);

    /// Other users (postgres) must traverse these directories, hence 0755 rather than the umask default.
    public void Create()
    {
        foreach (var dir in new[] { Root, Data, Logs, Run, Pids })
        {
            Directory.CreateDirectory(dir);
        }

        foreach (var dir in new[] { Root, Data })
        {
            File.SetUnixFileMode(dir, Modes.Directory);
        }
    }
}
