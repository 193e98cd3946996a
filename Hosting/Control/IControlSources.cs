namespace GameDay.Hosting;

/// What the control API reads of a stack beyond <see cref="IStackControl"/>: a resource's recent log lines and the
/// `export` lines of `gameday env`.
public interface IControlSources
{
    /// At most this many lines of a resource's log are kept for the API.
    const int LogCapacity = 2000;

    /// The last `lines` lines of the resource's log, or null when no resource has that name.
    Task<IReadOnlyList<string>?> LogTailAsync(string resource, int lines, CancellationToken ct);

    IReadOnlyList<string> EnvExports(string controlUrl);

    /// The directory whose filesystem `/metrics` reports (gameday_data_disk_*): where the resources keep their data.
    string DiskDirectory { get; }
}
