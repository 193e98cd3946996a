namespace GameDay.Integration.Tests.Tracing;

/// One span as the test needs it: its trace, its place in the tree, its name and the service that made it.
public sealed record ReceivedSpan(string TraceId, string SpanId, string? ParentSpanId, string Name, string Service);

/// Reads the few fields of an OTLP ExportTraceServiceRequest the tests look at, straight from the protobuf wire
/// format (opentelemetry-proto: trace/v1/trace.proto, common/v1/common.proto); every other field is skipped.
internal static class OtlpTraceDecoder
{
    public static List<ReceivedSpan> Decode(ReadOnlyMemory<byte> request)
    {
        var spans = new List<ReceivedSpan>();
        foreach (var (field, resourceSpans) in Fields(request))
        {
            if (field != 1) continue; // ExportTraceServiceRequest.resource_spans
            var service = "";
            var scopeSpans = new List<ReadOnlyMemory<byte>>();
            foreach (var (f, value) in Fields(resourceSpans))
            {
                if (f == 1) service = ServiceName(value) ?? service; // ResourceSpans.resource
                else if (f == 2) scopeSpans.Add(value);              // ResourceSpans.scope_spans
            }
            foreach (var scope in scopeSpans)
            {
                foreach (var (f, span) in Fields(scope))
                {
                    if (f == 2) spans.Add(ReadSpan(span, service)); // ScopeSpans.spans
                }
            }
        }
        return spans;
    }

    private static ReceivedSpan ReadSpan(ReadOnlyMemory<byte> span, string service)
    {
        string traceId = "", spanId = "", name = "";
        string? parent = null;
        foreach (var (field, value) in Fields(span))
        {
            switch (field)
            {
                case 1: traceId = Convert.ToHexStringLower(value.Span); break;
                case 2: spanId = Convert.ToHexStringLower(value.Span); break;
                case 4: parent = value.Length == 0 ? null : Convert.ToHexStringLower(value.Span); break;
                case 5: name = System.Text.Encoding.UTF8.GetString(value.Span); break;
            }
        }
        return new ReceivedSpan(traceId, spanId, parent, name, service);
    }

    /// Resource.attributes["service.name"].string_value.
    private static string? ServiceName(ReadOnlyMemory<byte> resource)
    {
        foreach (var (field, attribute) in Fields(resource))
        {
            if (field != 1) continue;
            string? key = null, text = null;
            foreach (var (f, value) in Fields(attribute))
            {
                if (f == 1) key = System.Text.Encoding.UTF8.GetString(value.Span);
                else if (f == 2) text = Fields(value).Where(v => v.Field == 1).Select(v => System.Text.Encoding.UTF8.GetString(v.Value.Span)).FirstOrDefault();
            }
            if (key == "service.name") return text;
        }
        return null;
    }

    /// The length-delimited fields of a message (wire type 2), in order; varint and fixed fields are skipped.
    private static IEnumerable<(int Field, ReadOnlyMemory<byte> Value)> Fields(ReadOnlyMemory<byte> message)
    {
        var position = 0;
        while (position < message.Length)
        {
            var tag = Varint(message.Span, ref position);
            var (field, wireType) = ((int)(tag >> 3), (int)(tag & 7));
            switch (wireType)
            {
                case 0: Varint(message.Span, ref position); break;
                case 1: position += 8; break;
                case 5: position += 4; break;
                case 2:
                    var length = (int)Varint(message.Span, ref position);
                    yield return (field, message.Slice(position, length));
                    position += length;
                    break;
                default: throw new InvalidDataException($"Wire type {wireType} of field {field} is not protobuf a collector receives.");
            }
        }
    }

    private static ulong Varint(ReadOnlySpan<byte> bytes, ref int position)
    {
        ulong value = 0;
        for (var shift = 0; ; shift += 7)
        {
            var b = bytes[position++];
            value |= (ulong)(b & 0x7F) << shift;
            if ((b & 0x80) == 0) return value;
        }
    }
}
