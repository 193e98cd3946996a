namespace GameDay.ExecutionEngine.Streams;

/// A valid message this deployment refuses: its contract asks for more than the producer sends.
public sealed class OrderContractException(string message) : Exception(message);
