using System.Security.Cryptography;

namespace GameDay.Hosting.Runtime;

internal static class Secrets
{
    private const string Alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

    /// Alphanumeric only: passwords end up inside connection strings and URLs unescaped.
    public static string RandomString(int length) => RandomNumberGenerator.GetString(Alphabet, length);

    public static string NewAdminToken() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));

    /// Generated once per data directory and kept, because the database and AOF files outlive a run.
    public static string LoadOrCreatePassword(string path)
    {
        if (File.Exists(path))
        {
            var existing = File.ReadAllText(path).Trim();
            if (existing.Length > 0)
            {
                return existing;
            }
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var password = RandomString(24);
        Modes.WritePrivate(path, password);
        return password;
    }
}
