namespace AiRegAnalyzers.Flow;

/// <summary>
/// The value-flow core: follows a value back to where it came from and asks the rule's
/// <see cref="IValueSource{T}"/> what it finds there. It looks through conversions, locals (the
/// last write before the use), string interpolation and concatenation,
/// <c>string.Format/Concat/Join</c>, <c>ToString</c> and other string pass-throughs, serializers
/// and encoders, <c>?:</c>, <c>??</c>, <c>?.</c>, <c>await</c>, tuples, array, collection and
/// object initializers, lambdas and local functions, and (through <see cref="MethodSummaries"/>)
/// the application's own methods and property getters; fields and properties lead to what their
/// type writes into them when the source asks for it.
/// </summary>
internal sealed class ValueFlow<T>
    where T : class
{
    private const int MaxDepth = 64;

    /// <summary><c>OperationKind.CollectionExpression</c> and <c>OperationKind.Spread</c> (Roslyn 4.9+).</summary>
    private const OperationKind CollectionExpressionKind = (OperationKind)127;
    private const OperationKind SpreadKind = (OperationKind)128;

    private readonly IValueSource<T> _source;
    private readonly MethodSummaries? _summaries;
    private readonly IMethodSymbol? _frame;
    private readonly int _calls;
    private HashSet<IOperation>? _visitedWrites;
    private HashSet<ISymbol>? _visitedMembers;
    private int _needed;

    /// <summary>The depth of the latest evaluation; it only grows along one trail, so <see cref="Follow"/> cannot loop.</summary>
    private int _depth;

    private ValueFlow(IValueSource<T> source, MethodSummaries? summaries, IMethodSymbol? frame, int calls)
    {
        _source = source;
        _summaries = summaries;
        _frame = frame;
        _calls = calls;
    }

    /// <summary>Parameters of the summarized method that the value comes from, turned into text (bit = ordinal).</summary>
    public ulong ReachedAsText { get; private set; }

    /// <summary>Parameters of the summarized method that the value comes from whole (serialized, destructured).</summary>
    public ulong ReachedSerialized { get; private set; }

    public ulong Reached => ReachedAsText | ReachedSerialized;

    /// <summary>
    /// How many application calls deep the summaries this walk used reached (0: none), or
    /// <see cref="MethodSummaries.Truncated"/> when the depth bound cut one off: a summary computed
    /// from this walk is the same at every depth from <c>1 + Needed</c> on.
    /// </summary>
    internal int Needed => _needed;

    /// <summary>What <paramref name="value"/> comes from in the eyes of <paramref name="source"/>.</summary>
    public static Traced<T> Trace(IValueSource<T> source, IOperation? value, CarrierUse use) =>
        value is null ? Traced<T>.Unknown : new ValueFlow<T>(source, MethodSummaries.Get(value), frame: null, MethodSummaries.MaxCallDepth).Evaluate(value, use, 0);

    /// <summary>The source <paramref name="value"/> comes from, or <see langword="null"/>.</summary>
    public static T? Find(IValueSource<T> source, IOperation? value, CarrierUse use) => Trace(source, value, use).Source;

    /// <summary>A walker inside the body of <paramref name="frame"/>: its parameters are recorded, not classified.</summary>
    internal static ValueFlow<T> InFrame(IValueSource<T> source, MethodSummaries summaries, IMethodSymbol frame, int calls) =>
        new(source, summaries, frame, calls);

    internal Traced<T> Evaluate(IOperation? operation, CarrierUse use, int depth)
    {
        if (operation is null || depth > MaxDepth)
        {
            return Traced<T>.Unknown;
        }

        if (_frame is not null && operation.Kind == OperationKind.ParameterReference && operation is IParameterReferenceOperation parameter && IsFrameParameter(parameter.Parameter))
        {
            var bit = parameter.Parameter.Ordinal < 64 ? 1UL << parameter.Parameter.Ordinal : 0;
            if (use == CarrierUse.Serialized)
            {
                ReachedSerialized |= bit;
            }
            else
            {
                ReachedAsText |= bit;
            }

            return Traced<T>.Unknown;
        }

        _depth = depth;
        var inspected = _source.Inspect(operation, use, this);
        if (!inspected.IsUnknown || inspected.IsStop)
        {
            return inspected.IsStop ? Traced<T>.Unknown : inspected;
        }

        depth++;

        // By kind: one virtual call instead of a chain of interface tests for every value followed.
        switch (operation.Kind)
        {
            case OperationKind.Conversion:
                return Evaluate(((IConversionOperation)operation).Operand, use, depth);
            case OperationKind.Parenthesized:
                return Evaluate(((IParenthesizedOperation)operation).Operand, use, depth);
            case OperationKind.InterpolatedString:
                foreach (var part in ((IInterpolatedStringOperation)operation).Parts)
                {
                    if (part is IInterpolationOperation hole && Evaluate(hole.Expression, CarrierUse.Stringified, depth) is { IsFound: true } found)
                    {
                        return found;
                    }
                }

                return Traced<T>.Unknown;
            case OperationKind.Binary:
                var binary = (IBinaryOperation)operation;
                return Either(binary.LeftOperand, binary.RightOperand, CarrierUse.Stringified, depth);
            case OperationKind.Conditional:
                var conditional = (IConditionalOperation)operation;
                return Either(conditional.WhenTrue, conditional.WhenFalse, use, depth);
            case OperationKind.Coalesce:
                var coalesce = (ICoalesceOperation)operation;
                return Either(coalesce.Value, coalesce.WhenNull, use, depth);
            case OperationKind.ConditionalAccess:
                return Evaluate(((IConditionalAccessOperation)operation).WhenNotNull, use, depth);
            case OperationKind.ConditionalAccessInstance:
                return Evaluate(ConditionalAccessReceiver((IConditionalAccessInstanceOperation)operation), use, depth);
            case OperationKind.Await:
                return Evaluate(((IAwaitOperation)operation).Operation, use, depth);
            case OperationKind.SimpleAssignment or OperationKind.CompoundAssignment or OperationKind.CoalesceAssignment or OperationKind.DeconstructionAssignment:
                return Evaluate(((IAssignmentOperation)operation).Value, use, depth);
            case OperationKind.ArrayCreation when ((IArrayCreationOperation)operation).Initializer is { } arrayInitializer:
                return Any(arrayInitializer.ElementValues, use, depth);
            case OperationKind.Tuple:
                return Any(((ITupleOperation)operation).Elements, use, depth);
            case OperationKind.AnonymousObjectCreation:
                return Any(((IAnonymousObjectCreationOperation)operation).Initializers, use, depth);
            case CollectionExpressionKind or SpreadKind:
                // [a, b, ..rest] and C# 13 params spans; the interfaces are newer than the Roslyn this package builds against, the kinds are not.
                return Any(operation.ChildOperations, use, depth);
            case OperationKind.ObjectCreation when ((IObjectCreationOperation)operation).Initializer is { } initializer:
                return Leaf(operation, use) is { IsUnknown: false } byType ? byType : Initializer(initializer, use, depth);
            case OperationKind.ArrayElementReference:
                return Evaluate(((IArrayElementReferenceOperation)operation).ArrayReference, use, depth);
            case OperationKind.PropertyReference:
                var property = (IPropertyReferenceOperation)operation;
                return property.Property.IsIndexer ? Evaluate(property.Instance, use, depth) : Member(property, property.Property, use, depth);
            case OperationKind.FieldReference:
                return Member(operation, ((IFieldReferenceOperation)operation).Field, use, depth);
            case OperationKind.LocalReference:
                return Local((ILocalReferenceOperation)operation, use, depth);
            case OperationKind.Invocation:
                return Invocation((IInvocationOperation)operation, use, depth);
            case OperationKind.DelegateCreation when ((IDelegateCreationOperation)operation).Target is { } target and (IAnonymousFunctionOperation or IMethodReferenceOperation):
                return Leaf(operation, use) is { IsUnknown: false } byDelegate ? byDelegate : Evaluate(target, use, depth);
            default:
                return Leaf(operation, use);
        }
    }

    /// <summary>Follows a part of the value a source looks into itself (an instance, an argument), one level deeper.</summary>
    public Traced<T> Follow(IOperation? operation, CarrierUse use) => Evaluate(operation, use, _depth + 1);

    private Traced<T> Leaf(IOperation operation, CarrierUse use)
    {
        var verdict = _source.Leaf(operation, use, this);
        return verdict.IsStop ? Traced<T>.Unknown : verdict;
    }

    private bool IsFrameParameter(IParameterSymbol parameter) =>
        SymbolEqualityComparer.Default.Equals(parameter.ContainingSymbol?.OriginalDefinition, _frame);

    private Traced<T> Invocation(IInvocationOperation invocation, CarrierUse use, int depth)
    {
        var method = invocation.TargetMethod;
        if (method.ContainingType?.SpecialType == SpecialType.System_String)
        {
            if (method.IsStatic)
            {
                // string.Format / Concat / Join: the result holds every argument.
                return method.Name is "Format" or "Concat" or "Join" ? AnyArgument(invocation, CarrierUse.Stringified, depth) : Leaf(invocation, use);
            }

            return IsStringPassThrough(method.Name) ? Evaluate(invocation.Instance, CarrierUse.Stringified, depth) : Leaf(invocation, use);
        }

        if (method.Name == "ToString" && invocation.Instance is not null)
        {
            return Evaluate(invocation.Instance, CarrierUse.Stringified, depth);
        }

        if (_summaries is not null)
        {
            if (_summaries.IsSerializer(method) && invocation.Arguments.Length > 0)
            {
                // When the value's own type says nothing (object, unresolved), the source may still judge the call by its type information.
                var written = Evaluate(invocation.Arguments[0].Value, CarrierUse.Serialized, depth);
                return written.IsUnknown ? Leaf(invocation, CarrierUse.Serialized) : written;
            }

            if (PersonalDataEncoding.IsEncoding(method))
            {
                // Uri.EscapeDataString(email), Encoding.UTF8.GetBytes(idNumber), Convert.ToBase64String(bytes): same data, other form.
                return AnyArgument(invocation, CarrierUse.Stringified, depth);
            }

            if (method.MethodKind == MethodKind.DelegateInvoke && invocation.Instance is { } target && Lambda(target, depth) is { } lambda)
            {
                // Func<string> contact = () => c.Email; ... contact(): what the lambda returns.
                return Any(BodyIndex.Of(lambda).ReturnsOf(lambda), use, depth);
            }

            if (Summary(method, use) is { } summary)
            {
                if (summary.Value.IsFound)
                {
                    return Traced<T>.Found(_source.AtCall(summary.Value.Source!, invocation));
                }

                // string Wrap(string s) => "[" + s + "]": what the arguments for s come from.
                if (summary.Reached != 0 && Arguments(invocation.Arguments, summary, depth) is { IsFound: true } passed)
                {
                    return passed;
                }
            }

            // A clean summary does not make the call clean: the source may still judge the method itself (GetEmail()).
        }

        return Leaf(invocation, use);
    }

    /// <summary>The summary of an application method's result one call deeper, noting how deep it went (or that the bound cut it off).</summary>
    private ResultSummary<T>? Summary(IMethodSymbol method, CarrierUse use)
    {
        if (_calls <= 0)
        {
            if (_summaries!.IsSummarized(method))
            {
                _needed = MethodSummaries.Truncated;
            }

            return null;
        }

        var summary = _summaries!.Result(_source.Summarized, method, use, _calls);
        if (summary is not null && summary.Height > _needed)
        {
            _needed = summary.Height;
        }

        return summary;
    }

    private Traced<T> Arguments(ImmutableArray<IArgumentOperation> arguments, ResultSummary<T> summary, int depth)
    {
        foreach (var argument in arguments)
        {
            if (argument.Parameter is not { Ordinal: < 64 } parameter || (summary.Reached & (1UL << parameter.Ordinal)) == 0)
            {
                continue;
            }

            var use = (summary.ReachedSerialized & (1UL << parameter.Ordinal)) != 0 ? CarrierUse.Serialized : CarrierUse.Stringified;
            if (Evaluate(argument.Value, use, depth) is { IsFound: true } found)
            {
                return found;
            }
        }

        return Traced<T>.Unknown;
    }

    /// <summary>A property with a getter body, or (when the source follows member writes) what the type writes into the member.</summary>
    private Traced<T> Member(IOperation reference, ISymbol member, CarrierUse use, int depth)
    {
        if (_summaries is null)
        {
            return Leaf(reference, use);
        }

        if (member is IPropertySymbol { GetMethod: { } getter } && !getter.DeclaringSyntaxReferences.IsEmpty
            && Summary(getter, use) is { Value.IsFound: true } summary)
        {
            return Traced<T>.Found(_source.AtCall(summary.Value.Source!, reference));
        }

        if (_source.FollowsMemberWrites && _summaries.WritesOf(member) is { Count: > 0 } writes)
        {
            _visitedMembers ??= new HashSet<ISymbol>(SymbolEqualityComparer.Default);
            if (_visitedMembers.Add(member))
            {
                // Every value the type writes into the member must say the same: a field written once from a constant is a constant.
                var all = Traced<T>.Unknown;
                foreach (var write in writes)
                {
                    var verdict = write is null ? Traced<T>.Unknown : Evaluate(write, use, depth);
                    if (!verdict.IsFound)
                    {
                        all = Traced<T>.Unknown;
                        break;
                    }

                    all = all.IsFound ? all : verdict;
                }

                _visitedMembers.Remove(member);
                if (all.IsFound)
                {
                    return all;
                }
            }
        }

        return Leaf(reference, use);
    }

    /// <summary>
    /// A local holds what was last written to it before this use (compound writes add to it);
    /// when its value says nothing either way, the source decides on the local itself.
    /// </summary>
    private Traced<T> Local(ILocalReferenceOperation reference, CarrierUse use, int depth)
    {
        var verdict = LastWrite(reference, reference.Local, use, depth);
        return verdict.IsUnknown ? Leaf(reference, use) : verdict;
    }

    private Traced<T> LastWrite(ILocalReferenceOperation reference, ILocalSymbol local, CarrierUse use, int depth)
    {
        var writes = BodyIndex.Of(reference).WritesOf(local);
        if (writes.Count == 0)
        {
            return Traced<T>.Unknown;
        }

        var position = reference.Syntax.SpanStart;
        var last = -1;
        for (var i = 0; i < writes.Count && writes[i].Position <= position; i++)
        {
            last = i;
        }

        if (last >= 0 && !writes[last].IsCompound)
        {
            return Written(writes[last].Value, use, depth);
        }

        // Used before any write in source order (loops), or appended to: any earlier write may reach the use.
        var end = last >= 0 ? last : writes.Count - 1;
        for (var i = 0; i <= end; i++)
        {
            if (Written(writes[i].Value, use, depth) is { IsFound: true } found)
            {
                return found;
            }
        }

        return Traced<T>.Unknown;
    }

    /// <summary>A value written to a local; a write already being followed (a loop) says nothing more.</summary>
    private Traced<T> Written(IOperation? value, CarrierUse use, int depth)
    {
        if (value is null)
        {
            return Traced<T>.Unknown;
        }

        _visitedWrites ??= [];
        if (!_visitedWrites.Add(value))
        {
            return Traced<T>.Unknown;
        }

        var verdict = Evaluate(value, use, depth);
        _visitedWrites.Remove(value);
        return verdict;
    }

    /// <summary>The lambda a delegate value holds: written in place, or last written to the local it is read from.</summary>
    private IOperation? Lambda(IOperation value, int depth)
    {
        for (var i = 0; i < 8; i++)
        {
            switch (value)
            {
                case IConversionOperation conversion:
                    value = conversion.Operand;
                    continue;
                case IDelegateCreationOperation creation:
                    value = creation.Target;
                    continue;
                case IAnonymousFunctionOperation function:
                    return function;
                case ILocalReferenceOperation local when BodyIndex.Of(local).WritesOf(local.Local) is { Count: 1 } writes && writes[0].Value is { } written:
                    value = written;
                    continue;
                default:
                    return null;
            }
        }

        return null;
    }

    private Traced<T> Initializer(IObjectOrCollectionInitializerOperation initializer, CarrierUse use, int depth)
    {
        foreach (var element in initializer.Initializers)
        {
            var verdict = element switch
            {
                IAssignmentOperation assignment => Evaluate(assignment.Value, use, depth),
                IInvocationOperation add => AnyArgument(add, use, depth),
                _ => Traced<T>.Unknown,
            };
            if (verdict.IsFound)
            {
                return verdict;
            }
        }

        return Traced<T>.Unknown;
    }

    private Traced<T> AnyArgument(IInvocationOperation invocation, CarrierUse use, int depth)
    {
        foreach (var argument in invocation.Arguments)
        {
            if (Evaluate(argument.Value, use, depth) is { IsFound: true } found)
            {
                return found;
            }
        }

        return Traced<T>.Unknown;
    }

    private Traced<T> Any(IEnumerable<IOperation> values, CarrierUse use, int depth)
    {
        var allClean = true;
        var any = false;
        foreach (var value in values)
        {
            any = true;
            var verdict = Evaluate(value, use, depth);
            if (verdict.IsFound)
            {
                return verdict;
            }

            allClean &= verdict.IsClean;
        }

        return any && allClean ? Traced<T>.Clean : Traced<T>.Unknown;
    }

    private Traced<T> Either(IOperation? first, IOperation? second, CarrierUse use, int depth)
    {
        var left = Evaluate(first, use, depth);
        if (left.IsFound)
        {
            return left;
        }

        var right = Evaluate(second, use, depth);
        return right.IsFound ? right : left.IsClean && right.IsClean ? Traced<T>.Clean : Traced<T>.Unknown;
    }

    private static IOperation? ConditionalAccessReceiver(IConditionalAccessInstanceOperation instance)
    {
        for (var current = instance.Parent; current is not null; current = current.Parent)
        {
            if (current is IConditionalAccessOperation access)
            {
                return access.Operation;
            }
        }

        return null;
    }

    private static bool IsStringPassThrough(string name) => name is
        "ToString" or "ToUpper" or "ToLower" or "ToUpperInvariant" or "ToLowerInvariant" or "Trim" or "TrimStart" or "TrimEnd"
        or "PadLeft" or "PadRight" or "Normalize" or "Replace" or "Insert" or "Substring" or "Clone";
}
