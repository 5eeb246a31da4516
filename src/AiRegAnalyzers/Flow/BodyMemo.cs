namespace AiRegAnalyzers.Flow;

/// <summary>
/// One answer per operation of the file the current thread is analysing, for one owner (a
/// classifier). The driver runs each rule over a whole body before it leaves the body, so a
/// question several rules ask about the same operation (does any argument of this call hold
/// personal data?) is answered once. Only the last file is kept per thread, by a weak reference
/// and by position (a span and kind are one operation in a file): nothing here keeps a tree or its
/// compilation alive, and nothing is locked.
/// </summary>
internal static class BodyMemo
{
    [ThreadStatic]
    private static WeakReference<SyntaxTree>? t_tree;

    [ThreadStatic]
    private static WeakReference<object>? t_owner;

    [ThreadStatic]
    private static Dictionary<(int Start, int Length, OperationKind Kind), bool>? t_answers;

    /// <summary>The answer <paramref name="compute"/> gives for <paramref name="operation"/> under <paramref name="owner"/>, computed once per file.</summary>
    public static bool Get<TArgument>(object owner, IOperation operation, TArgument argument, Func<TArgument, bool> compute)
    {
        var tree = operation.Syntax.SyntaxTree;
        var span = operation.Syntax.Span;
        var key = (span.Start, span.Length, operation.Kind);
        var answers = t_answers;
        if (answers is null || !Holds(t_tree, tree) || !Holds(t_owner, owner))
        {
            answers = t_answers ??= [];
            answers.Clear();
            t_tree = new WeakReference<SyntaxTree>(tree);
            t_owner = new WeakReference<object>(owner);
        }
        else if (answers.TryGetValue(key, out var known))
        {
            return known;
        }

        var answer = compute(argument);
        answers[key] = answer;
        return answer;
    }

    private static bool Holds<T>(WeakReference<T>? reference, T value)
        where T : class =>
        reference is not null && reference.TryGetTarget(out var held) && ReferenceEquals(held, value);
}
