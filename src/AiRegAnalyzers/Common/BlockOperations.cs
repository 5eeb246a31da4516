namespace AiRegAnalyzers.Common;

/// <summary>
/// Visits every operation of the code blocks an operation-block action is given, parents before
/// children, in source order (as the driver visits them for operation actions). A rule that keeps
/// state per body and reports at its end registers one block action and visits here, instead of an
/// operation-block start action that registers an operation action and an end action for every body:
/// the driver's per-body registration cost more than the rule's checks.
/// </summary>
internal static class BlockOperations
{
    public static void Visit<TState>(ImmutableArray<IOperation> blocks, TState state, Action<IOperation, TState> visit)
    {
        var pending = new Stack<IOperation>();
        for (var i = blocks.Length - 1; i >= 0; i--)
        {
            pending.Push(blocks[i]);
        }

        while (pending.Count > 0)
        {
            var operation = pending.Pop();
            visit(operation, state);
            foreach (var child in operation.ChildOperations.Reverse())
            {
                pending.Push(child);
            }
        }
    }
}
