using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace GameDay.Scenarios.Parsing;

/// The errors of one file. Readers add to it and carry on, so one load reports every problem of a file.
internal sealed class Diagnostics(string file)
{
    private readonly List<ScenarioError> errors = [];

    public int Count => errors.Count;

    public void Add(int line, int column, string message) =>
        errors.Add(new ScenarioError(file, Math.Max(1, line), Math.Max(1, column), message));

    public void Add(Mark mark, string message) => Add((int)mark.Line, (int)mark.Column, message);

    public void Add(YamlNode node, string message) => Add(node.Start, message);

    /// In reading order, whatever order the readers found them in.
    public IEnumerable<ScenarioError> Sorted() => errors.OrderBy(error => error.Line).ThenBy(error => error.Column);
}
