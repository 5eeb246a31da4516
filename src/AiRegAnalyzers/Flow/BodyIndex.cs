using System.Runtime.CompilerServices;

namespace AiRegAnalyzers.Flow;

/// <summary>
/// What one operation tree (a method body, an initializer) writes and returns, collected in a
/// single walk and kept only as long as the tree is alive: the writes to each local, the values
/// written to fields and properties, the values each function in it returns, and the calls,
/// creations, throws and assignments in it (where sinks are). Every question the flow core asks
/// about a body is answered from here, so no body is walked twice.
/// </summary>
internal sealed class BodyIndex
{
    private static readonly ConditionalWeakTable<IOperation, BodyIndex> ByRoot = new();
    private static readonly List<Write> NoWrites = [];
    private static readonly List<IOperation> NoValues = [];

    private readonly Dictionary<ILocalSymbol, List<Write>> _locals = new(SymbolEqualityComparer.Default);
    private readonly Dictionary<ISymbol, List<IOperation?>> _members = new(SymbolEqualityComparer.Default);
    private readonly Dictionary<IOperation, List<IOperation>> _returns = new();
    private readonly List<IOperation> _sites = [];

    private BodyIndex(IOperation root)
    {
        Root = root;
        Walk(root, root);
        foreach (var list in _locals.Values)
        {
            list.Sort((x, y) => x.Position.CompareTo(y.Position));
        }
    }

    public IOperation Root { get; }

    /// <summary>Invocations, object creations, throws and simple assignments anywhere in the tree, nested functions included.</summary>
    public IReadOnlyList<IOperation> Sites => _sites;

    /// <summary>The index of the tree that contains <paramref name="operation"/>.</summary>
    public static BodyIndex Of(IOperation operation)
    {
        var root = operation;
        while (root.Parent is { } parent)
        {
            root = parent;
        }

        if (ByRoot.TryGetValue(root, out var index))
        {
            return index;
        }

        // Built outside the table's lock (GetValue runs its callback under one lock for every tree): two threads may
        // build the same index, and both get the one stored first.
        var built = new BodyIndex(root);
        return ByRoot.GetValue(root, _ => built);
    }

    /// <summary>The writes to <paramref name="local"/>, in source order (by where each write completes).</summary>
    public IReadOnlyList<Write> WritesOf(ILocalSymbol local) => _locals.TryGetValue(local, out var list) ? list : NoWrites;

    /// <summary>The fields and properties this tree writes.</summary>
    public IEnumerable<ISymbol> WrittenMembers => _members.Keys;

    /// <summary>Values this tree writes into a field or property (<see langword="null"/>: filled or passed by reference, value unknown).</summary>
    public IReadOnlyList<IOperation?>? MemberWritesOf(ISymbol member) => _members.TryGetValue(member, out var list) ? list : null;

    /// <summary>The values returned by <paramref name="function"/> (the root, a lambda or a local function of this tree), not by functions nested in it.</summary>
    public IReadOnlyList<IOperation> ReturnsOf(IOperation function) => _returns.TryGetValue(function, out var list) ? list : NoValues;

    /// <summary>Whether <paramref name="site"/> runs inside <paramref name="function"/> (directly or in a function nested in it).</summary>
    public static bool IsInside(IOperation site, IOperation function)
    {
        for (var current = site; current is not null; current = current.Parent)
        {
            if (current == function)
            {
                return true;
            }
        }

        return false;
    }

    private void Walk(IOperation operation, IOperation owner)
    {
        // By kind: one virtual call instead of a chain of interface tests on every operation of every body.
        switch (operation.Kind)
        {
            case OperationKind.AnonymousFunction or OperationKind.LocalFunction:
                owner = operation;
                break;
            case OperationKind.Return or OperationKind.YieldReturn when ((IReturnOperation)operation).ReturnedValue is { } returned:
                Add(_returns, owner, returned);
                break;
            case OperationKind.VariableDeclarator:
                var declarator = (IVariableDeclaratorOperation)operation;
                if ((declarator.Initializer?.Value ?? (declarator.Parent as IVariableDeclarationOperation)?.Initializer?.Value) is { } initial)
                {
                    AddLocal(declarator.Symbol, new Write(operation.Syntax.Span.End, initial, isCompound: false));
                }

                break;
            case OperationKind.DeconstructionAssignment:
                var deconstruction = (IDeconstructionAssignmentOperation)operation;
                Deconstruct(deconstruction.Target, deconstruction.Value, operation.Syntax.Span.End);
                break;
            case OperationKind.SimpleAssignment or OperationKind.CompoundAssignment or OperationKind.CoalesceAssignment:
                var assignment = (IAssignmentOperation)operation;
                var compound = operation.Kind != OperationKind.SimpleAssignment;
                switch (assignment.Target)
                {
                    case ILocalReferenceOperation target:
                        AddLocal(target.Local, new Write(operation.Syntax.Span.End, assignment.Value, compound));
                        break;
                    case IFieldReferenceOperation { Field: { } field }:
                        Add(_members, field.OriginalDefinition, compound ? null : assignment.Value);
                        break;
                    case IPropertyReferenceOperation { Property: { IsIndexer: false } property }:
                        Add(_members, property.OriginalDefinition, compound ? null : assignment.Value);
                        break;
                    case IArrayElementReferenceOperation element:
                        // iv[0] = 1: the array no longer holds what it was created with.
                        Overwritten(element.ArrayReference, operation.Syntax.Span.End);
                        break;
                }

                if (!compound)
                {
                    _sites.Add(operation);
                }

                break;
            case OperationKind.FieldInitializer:
                var fieldInitializer = (IFieldInitializerOperation)operation;
                foreach (var field in fieldInitializer.InitializedFields)
                {
                    Add(_members, field.OriginalDefinition, fieldInitializer.Value);
                }

                break;
            case OperationKind.PropertyInitializer:
                var propertyInitializer = (IPropertyInitializerOperation)operation;
                foreach (var property in propertyInitializer.InitializedProperties)
                {
                    Add(_members, property.OriginalDefinition, propertyInitializer.Value);
                }

                break;
            case OperationKind.Loop when operation is IForEachLoopOperation loop:
                foreach (var local in loop.Locals)
                {
                    AddLocal(local, new Write(loop.Collection.Syntax.Span.End, loop.Collection, isCompound: false));
                }

                break;
            case OperationKind.Argument:
                Filled((IArgumentOperation)operation);
                break;
            case OperationKind.Invocation or OperationKind.ObjectCreation or OperationKind.Throw:
                _sites.Add(operation);
                break;
        }

        foreach (var child in operation.ChildOperations)
        {
            Walk(child, owner);
        }
    }

    /// <summary><c>(a, b) = (x, y)</c> writes element by element; from anything else each target gets the whole value.</summary>
    private void Deconstruct(IOperation target, IOperation value, int position)
    {
        if (target is IDeclarationExpressionOperation declaration)
        {
            target = declaration.Expression;
        }

        while (value is IConversionOperation conversion)
        {
            value = conversion.Operand;
        }

        if (target is not ITupleOperation targets)
        {
            if (target is ILocalReferenceOperation local)
            {
                AddLocal(local.Local, new Write(position, value, isCompound: false));
            }

            return;
        }

        var values = value as ITupleOperation;
        for (var i = 0; i < targets.Elements.Length; i++)
        {
            var element = values is not null && values.Elements.Length == targets.Elements.Length ? values.Elements[i] : value;
            Deconstruct(targets.Elements[i], element, position);
        }
    }

    /// <summary>An array filled by a call (<c>rng.GetBytes(iv)</c>, <c>stream.Read(buffer)</c>) or a value passed by reference: a write of unknown value.</summary>
    private void Filled(IArgumentOperation argument)
    {
        var value = argument.Value;
        while (value is IConversionOperation conversion)
        {
            value = conversion.Operand;
        }

        // An array handed to a filler, or to an application method that may fill it.
        var byReference = argument.Parameter?.RefKind is RefKind.Ref or RefKind.Out;
        if (!byReference
            && !(value.Type is IArrayTypeSymbol && argument.Parent is IInvocationOperation call
                 && (IsFiller(call.TargetMethod.Name) || !call.TargetMethod.DeclaringSyntaxReferences.IsEmpty)))
        {
            return;
        }

        if (value is IDeclarationExpressionOperation { Expression: ILocalReferenceOperation declared })
        {
            value = declared;
        }

        Overwritten(value, argument.Parent!.Syntax.Span.End);
    }

    /// <summary>A local or field written with a value that is not known here.</summary>
    private void Overwritten(IOperation target, int position)
    {
        switch (target)
        {
            case ILocalReferenceOperation local:
                AddLocal(local.Local, new Write(position, null, isCompound: false));
                break;
            case IFieldReferenceOperation field:
                Add(_members, field.Field.OriginalDefinition, null);
                break;
        }
    }

    private static bool IsFiller(string name) => name is
        "Fill" or "GetBytes" or "GetNonZeroBytes" or "NextBytes" or "Read" or "ReadExactly" or "ReadAtLeast" or "CopyTo" or "BlockCopy" or "Copy" or "TryCopyTo";

    private void AddLocal(ILocalSymbol local, Write write)
    {
        if (!_locals.TryGetValue(local, out var list))
        {
            _locals[local] = list = new List<Write>(1);
        }

        list.Add(write);
    }

    private static void Add<TKey, TValue>(Dictionary<TKey, List<TValue>> map, TKey key, TValue value)
        where TKey : notnull
    {
        if (!map.TryGetValue(key, out var list))
        {
            map[key] = list = new List<TValue>(1);
        }

        list.Add(value);
    }

    internal readonly struct Write
    {
        public Write(int position, IOperation? value, bool isCompound)
        {
            Position = position;
            Value = value;
            IsCompound = isCompound;
        }

        /// <summary>Where the write completes: a use after this position sees it.</summary>
        public int Position { get; }

        /// <summary>The value written, or <see langword="null"/> when it is not known (filled by a call, passed by reference).</summary>
        public IOperation? Value { get; }

        /// <summary><c>+=</c>, <c>??=</c>: the local keeps what it held before.</summary>
        public bool IsCompound { get; }
    }
}
