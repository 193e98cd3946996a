using System.Security.Cryptography;
using System.Text;

namespace GameDay.Hosting.Control;

internal static class AdminTokenCheck
{
    public const string Header = "X-Admin-Token";

    /// Constant time, so response timing does not leak how much of a guessed token was right.
    public static bool Matches(string expected, string? presented) =>
        presented is not null
        && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(expected), Encoding.UTF8.GetBytes(presented));
}
