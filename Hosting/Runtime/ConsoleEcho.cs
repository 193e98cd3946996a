namespace GameDay.Hosting.Runtime;

/// `[resource] line` on the console, one colour per resource, like the Aspire dashboard's console view.
internal sealed class ConsoleEcho
{
    private static readonly string[] Palette = ["36", "32", "33", "35", "34", "96", "92", "93", "95", "94", "31"];
    private readonly Dictionary<string, string> colours = new(StringComparer.Ordinal);
    private readonly bool useColour = !Console.IsOutputRedirected && Environment.GetEnvironmentVariable("NO_COLOR") is null;
    private readonly Lock gate = new();

    public void Write(string resource, string line)
    {
        lock (gate)
        {
            if (!colours.TryGetValue(resource, out var colour))
            {
                colour = Palette[colours.Count % Palette.Length];
                colours[resource] = colour;
            }

            Console.Out.WriteLine(useColour ? $"\u001b[{colour}m[{resource}]\u001b[0m {line}" : $"[{resource}] {line}");
        }
    }
}
