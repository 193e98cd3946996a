using YamlDotNet.RepresentationModel;

namespace GameDay.Scenarios.Parsing;

/// A scenario's id as the file states it, and where.
internal sealed record ScenarioId(string Value, YamlNode Node);
