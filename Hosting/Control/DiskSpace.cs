namespace GameDay.Hosting.Control;

/// Free and total bytes of the filesystem holding a directory (statvfs through DriveInfo); null when it cannot be read.
internal sealed record DiskSpace(long FreeBytes, long SizeBytes)
{
    public static DiskSpace? Of(string directory)
    {
        try
        {
            var drive = new DriveInfo(directory);
            return new DiskSpace(drive.AvailableFreeSpace, drive.TotalSize);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return null;
        }
    }
}
