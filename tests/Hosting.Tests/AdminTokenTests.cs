using GameDay.Hosting.Control;
using GameDay.Hosting.Runtime;

namespace GameDay.Hosting.Tests;

public class AdminTokenTests
{
    [Fact]
    public void TokensAre32RandomBytesInHex()
    {
        var token = Secrets.NewAdminToken();
        Assert.Matches("^[0-9a-f]{64}$", token);
        Assert.NotEqual(token, Secrets.NewAdminToken());
    }

    [Fact]
    public void OnlyTheExactTokenMatches()
    {
        Assert.True(AdminTokenCheck.Matches("abc", "abc"));
        Assert.False(AdminTokenCheck.Matches("abc", "abd"));
        Assert.False(AdminTokenCheck.Matches("abc", "ab"));
        Assert.False(AdminTokenCheck.Matches("abc", null));
    }

    [Theory]
    [InlineData("X-Admin-Token", "abc", true)]
    [InlineData("Authorization", "Bearer abc", true)]
    [InlineData("Authorization", "bearer abc", true)]
    [InlineData("Authorization", "Bearer abd", false)]
    [InlineData("Authorization", "Basic abc", false)]
    [InlineData("Authorization", "abc", false)]
    [InlineData("X-Other", "abc", false)]
    public void TheTokenIsAcceptedAsAdminHeaderOrBearer(string header, string value, bool authorized)
    {
        var context = new Microsoft.AspNetCore.Http.DefaultHttpContext();
        context.Request.Headers[header] = value;
        Assert.Equal(authorized, AdminTokenCheck.Authorized("abc", context.Request));
    }

    [Fact]
    public void PasswordsAreKeptInPrivateFilesAndReused()
    {
        var dir = Directory.CreateTempSubdirectory("gameday-secrets-").FullName;
        try
        {
            var path = Path.Combine(dir, "data", "redis.password");
            var first = Secrets.LoadOrCreatePassword(path);
            Assert.Equal(first, Secrets.LoadOrCreatePassword(path));
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }
}
