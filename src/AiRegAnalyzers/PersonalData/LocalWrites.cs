using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AiRegAnalyzers.PersonalData;

/// <summary>
/// Every write to every local of one operation tree (a method body), collected in a single walk
/// and kept only as long as the tree is alive, so that following many locals of the same body
/// does not walk it again for each.
/// </summary>
internal sealed class LocalWrites
{
    private static readonly ConditionalWeakTable<IOperation, LocalWrites> ByRoot = new();

    private readonly Dictionary<ILocalSymbol, List<Write>> _writes = new(SymbolEqualityComparer.Default);

    private LocalWrites(IOperation root)
    {
        foreach (var operation in root.Descendants())
        {
            switch (operation)
            {
                case IVariableDeclaratorOperation declarator
                    when (declarator.Initializer?.Value ?? (declarator.Parent as IVariableDeclarationOperation)?.Initializer?.Value) is { } initial:
                    Add(declarator.Symbol, new Write(operation.Syntax.SpanStart, initial, isCompound: false));
                    break;
                case IAssignmentOperation { Target: ILocalReferenceOperation target } assignment:
                    Add(target.Local, new Write(operation.Syntax.SpanStart, assignment.Value, assignment is ICompoundAssignmentOperation or ICoalesceAssignmentOperation));
                    break;
                case IForEachLoopOperation loop:
                    foreach (var local in loop.Locals)
                    {
                        Add(local, new Write(operation.Syntax.SpanStart, loop.Collection, isCompound: false));
                    }

                    break;
            }
        }

        foreach (var list in _writes.Values)
        {
            list.Sort((x, y) => x.Position.CompareTo(y.Position));
        }
    }

    /// <summary>The writes to <paramref name="local"/> in the body that contains <paramref name="reference"/>, in source order.</summary>
    public static IReadOnlyList<Write>? Of(ILocalSymbol local, IOperation reference)
    {
        var root = reference;
        while (root.Parent is { } parent)
        {
            root = parent;
        }

        var writes = ByRoot.GetValue(root, r => new LocalWrites(r));
        return writes._writes.TryGetValue(local, out var list) ? list : null;
    }

    private void Add(ILocalSymbol local, Write write)
    {
        if (!_writes.TryGetValue(local, out var list))
        {
            _writes[local] = list = new List<Write>(1);
        }

        list.Add(write);
    }

    internal readonly struct Write
    {
        public Write(int position, IOperation value, bool isCompound)
        {
            Position = position;
            Value = value;
            IsCompound = isCompound;
        }

        public int Position { get; }

        public IOperation Value { get; }

        /// <summary><c>+=</c>, <c>??=</c>: the local keeps what it held before.</summary>
        public bool IsCompound { get; }
    }
}
