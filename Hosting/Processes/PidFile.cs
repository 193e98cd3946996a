using System.Globalization;

namespace GameDay.Hosting.Processes;

/// "<pid> <starttime>": enough to find a leftover process again without mistaking a reused pid for it.
internal sealed record PidFile(int Pid, ulong StartTime)
{
    public static PidFile? Parse(string content)
    {
        var parts = content.Split([' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries);
        return parts.Length == 2
            && int.TryParse(parts[0], CultureInfo.InvariantCulture, out var pid) && pid > 0
            && ulong.TryParse(parts[1], CultureInfo.InvariantCulture, out var start)
            ? new PidFile(pid, start)
            : null;
    }

    public static PidFile? TryRead(string path)
    {
        try
        {
            return Parse(File.ReadAllText(path));
        }
        catch (IOException)
        {
            return null;
        }
    }

    public string Format() => string.Create(CultureInfo.InvariantCulture, $"{Pid} {StartTime}\n");

    public void Write(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, Format());
    }

    /// Only a process whose start time still matches is ours; anything else is a reused pid.
    public bool MatchesLiveProcess(ProcStat.Entry? current) =>
        current is { State: not 'Z' and not 'X' } && current.StartTime == StartTime;
}
