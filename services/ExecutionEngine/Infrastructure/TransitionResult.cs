namespace GameDay.ExecutionEngine.Infrastructure;

public enum TransitionResult { Changed, Unchanged, Skipped, Illegal, NotFound }
