using System.Globalization;
using GameDay.Hosting.Processes;

namespace GameDay.Hosting.Runtime;

/// Looks a user up in /etc/passwd: enough for chown, without a getpwnam struct marshaller.
internal sealed record UnixUser(string Name, int Uid, int Gid)
{
    public static UnixUser Lookup(string name)
    {
        foreach (var line in File.ReadLines("/etc/passwd"))
        {
            var f = line.Split(':');
            if (f.Length > 3 && f[0] == name)
            {
                return new UnixUser(name, int.Parse(f[2], CultureInfo.InvariantCulture), int.Parse(f[3], CultureInfo.InvariantCulture));
            }
        }

        throw new LaunchException($"user '{name}' not found in /etc/passwd (install postgresql to create it)");
    }

    public void ChownRecursive(string path)
    {
        Native.Chown(path, Uid, Gid);
        if (Directory.Exists(path))
        {
            foreach (var entry in Directory.EnumerateFileSystemEntries(path, "*", SearchOption.AllDirectories))
            {
                Native.Chown(entry, Uid, Gid);
            }
        }
    }
}
