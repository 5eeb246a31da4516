namespace AiRegAnalyzers.Crypto;

/// <summary>A <c>System.Random</c> call that a value comes from, and the application call it came through (if any).</summary>
internal sealed class RandomValue
{
    public RandomValue(IInvocationOperation random, IOperation? via)
    {
        Random = random;
        Via = via;
    }

    /// <summary>The <c>Next</c>, <c>NextBytes</c>, <c>GetItems</c>... call.</summary>
    public IInvocationOperation Random { get; }

    /// <summary>The outermost call (or property read) of the asking body that returned the value; <see langword="null"/> when it is produced there.</summary>
    public IOperation? Via { get; }
}

/// <summary>
/// Output of <c>System.Random</c> as a source of the flow core (AIREG307): <c>Next</c>,
/// <c>NextInt64</c>, <c>NextDouble</c>, <c>NextSingle</c>, <c>GetItems</c>, <c>GetString</c>,
/// <c>GetHexString</c> on an instance or <c>Random.Shared</c> (not BouncyCastle's <c>SecureRandom</c>,
/// which derives from it), and buffers <c>NextBytes</c> fills. Besides what the core follows
/// (locals, fields, conversions, arithmetic, interpolation, the application's methods), a value
/// keeps its source through framework calls that turn it into other secret material
/// (<c>BitConverter.GetBytes</c>, <c>new string(chars)</c>, <c>Convert.ToHexString</c>), characters
/// picked from an alphabet by a random index, and the buffers and builders it is written into
/// (<c>chars[i] = …</c>, <c>builder.Append(…)</c>). A random index that picks an object
/// (a server, a colour) is a choice, not a secret, and is not followed.
/// </summary>
internal sealed class RandomValueSource : IValueSource<RandomValue>
{
    /// <summary>Locals whose writes are being followed on this thread (a builder appended to itself).</summary>
    [ThreadStatic]
    private static HashSet<ILocalSymbol>? s_expanding;

    private readonly INamedTypeSymbol _random;
    private readonly INamedTypeSymbol? _secureRandom;
    private readonly Options.PerTreeCache<SecurityWords> _words;

    public RandomValueSource(INamedTypeSymbol random, INamedTypeSymbol? secureRandom, Options.PerTreeCache<SecurityWords> words)
    {
        _random = random;
        _secureRandom = secureRandom;
        _words = words;
    }

    public bool FollowsMemberWrites => true;

    public IValueSource<RandomValue> Summarized => this;

    public RandomValue AtCall(RandomValue found, IOperation call) => new(found.Random, call);

    /// <summary>A call that returns <c>System.Random</c> output.</summary>
    public bool IsRandomResult(IInvocationOperation invocation) =>
        !invocation.TargetMethod.ReturnsVoid && IsRandomCall(invocation);

    /// <summary>A call that writes <c>System.Random</c> output into a buffer: <c>NextBytes(buffer)</c>, <c>GetItems(choices, span)</c>, <c>GetHexString(span)</c>.</summary>
    public bool IsRandomFill(IInvocationOperation invocation) =>
        invocation.TargetMethod.ReturnsVoid && invocation.TargetMethod.Name is not "Shuffle" && IsRandomCall(invocation);

    /// <summary>The buffer a fill call writes into (its last argument).</summary>
    public static IOperation? FilledBuffer(IInvocationOperation fill) =>
        fill.Arguments.Length == 0 ? null : CryptoHelpers.Unwrap(fill.Arguments[fill.Arguments.Length - 1].Value);

    public Traced<RandomValue> Inspect(IOperation operation, CarrierUse use, ValueFlow<RandomValue> flow)
    {
        switch (operation)
        {
            case IInvocationOperation invocation when IsRandomResult(invocation):
                return Traced<RandomValue>.Found(new RandomValue(invocation, via: null));
            case IPropertyReferenceOperation { Property.IsIndexer: true } indexer when IsSecretMaterial(indexer.Type):
                // Alphabet[random.Next(Alphabet.Length)]: a character picked at random is part of the secret.
                foreach (var argument in indexer.Arguments)
                {
                    if (flow.Follow(argument.Value, use) is { IsFound: true } picked)
                    {
                        return picked;
                    }
                }

                return Traced<RandomValue>.Unknown;
            case IArrayElementReferenceOperation element when IsSecretMaterial(element.Type):
                foreach (var index in element.Indices)
                {
                    if (flow.Follow(index, use) is { IsFound: true } picked)
                    {
                        return picked;
                    }
                }

                return Traced<RandomValue>.Unknown;
            case ILocalReferenceOperation local when IsNamedHolder(local, local.Local.Name):
                // var otp = random.Next(); … return otp: the write into otp is the finding; stop here.
                return Traced<RandomValue>.Stop;
            case IFieldReferenceOperation field when !field.Field.DeclaringSyntaxReferences.IsEmpty && IsNamedHolder(field, field.Field.Name):
                return Traced<RandomValue>.Stop;
            case IPropertyReferenceOperation { Property.IsIndexer: false } property when !property.Property.DeclaringSyntaxReferences.IsEmpty && IsNamedHolder(property, property.Property.Name):
                return Traced<RandomValue>.Stop;
            case ILiteralOperation or IDefaultValueOperation:
                return Traced<RandomValue>.Clean;
            default:
                return Traced<RandomValue>.Unknown;
        }
    }

    /// <summary>Whether a value of this type can hold random output (numbers, characters, strings, their arrays and spans, builders).</summary>
    public static bool CanCarry(ITypeSymbol? type) =>
        IsSecretMaterial(type) || IsBuffer(type) || type?.SpecialType is SpecialType.System_Double or SpecialType.System_Single or SpecialType.System_Decimal;

    private bool IsNamedHolder(IOperation reference, string name) => _words.Get(reference.Syntax.SyntaxTree).IsMatch(name);

    public Traced<RandomValue> Leaf(IOperation operation, CarrierUse use, ValueFlow<RandomValue> flow)
    {
        switch (operation)
        {
            case ILocalReferenceOperation local when IsBuffer(local.Type):
                return Written(local, use, flow);
            case IInvocationOperation invocation when IsSecretMaterial(invocation.Type) && !MethodSummaries.HasBody(invocation.TargetMethod):
                // BitConverter.GetBytes(n), Convert.ToHexString(bytes), Math.Abs(n): the same value in another form.
                return Any(invocation.Instance, invocation.Arguments, use, flow);
            case IObjectCreationOperation creation when IsSecretMaterial(creation.Type) || IsBuffer(creation.Type):
                // new string(chars), new StringBuilder(prefix).
                return Any(null, creation.Arguments, use, flow);
            default:
                return Traced<RandomValue>.Unknown;
        }
    }

    private bool IsRandomCall(IInvocationOperation invocation)
    {
        var method = invocation.TargetMethod;
        if (method.IsStatic
            || method.Name is not ("Next" or "NextInt64" or "NextDouble" or "NextSingle" or "NextBytes" or "GetItems" or "GetString" or "GetHexString")
            || !CryptoHelpers.IsOrDerivesFrom(method.ContainingType, _random))
        {
            return false;
        }

        // BouncyCastle's SecureRandom derives from System.Random and overrides it with a CSPRNG.
        return _secureRandom is null || invocation.Instance is not { } receiver || !CryptoHelpers.IsOrDerivesFrom(CryptoHelpers.Unwrap(receiver).Type, _secureRandom);
    }

    /// <summary>
    /// What was written into a buffer or builder local before this use: a <c>NextBytes</c> fill,
    /// element writes, <c>Append</c>/<c>Insert</c>/<c>Add</c>. The body's index holds these calls and
    /// assignments already, so no walk is needed.
    /// </summary>
    private Traced<RandomValue> Written(ILocalReferenceOperation reference, CarrierUse use, ValueFlow<RandomValue> flow)
    {
        var expanding = s_expanding ??= new HashSet<ILocalSymbol>(SymbolEqualityComparer.Default);
        if (!expanding.Add(reference.Local))
        {
            return Traced<RandomValue>.Unknown;
        }

        try
        {
            var position = reference.Syntax.SpanStart;
            foreach (var site in BodyIndex.Of(reference).Sites)
            {
                if (site.Syntax.SpanStart >= position)
                {
                    continue;
                }

                switch (site)
                {
                    case IInvocationOperation fill when IsRandomFill(fill) && IsLocal(FilledBuffer(fill), reference.Local):
                        return Traced<RandomValue>.Found(new RandomValue(fill, via: null));
                    case IInvocationOperation { Instance: { } instance } append
                        when append.TargetMethod.Name is "Append" or "AppendFormat" or "AppendJoin" or "Insert" or "Add" or "AddRange" or "Push" or "Enqueue"
                             && IsLocal(CryptoHelpers.Unwrap(instance), reference.Local):
                        if (Any(null, append.Arguments, use, flow) is { IsFound: true } appended)
                        {
                            return appended;
                        }

                        break;
                    case ISimpleAssignmentOperation { Target: IArrayElementReferenceOperation { ArrayReference: var array } } element
                        when IsLocal(CryptoHelpers.Unwrap(array), reference.Local):
                        if (flow.Follow(element.Value, use) is { IsFound: true } stored)
                        {
                            return stored;
                        }

                        break;
                    case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.IsIndexer: true, Instance: { } indexed } } item
                        when IsLocal(CryptoHelpers.Unwrap(indexed), reference.Local):
                        if (flow.Follow(item.Value, use) is { IsFound: true } stored2)
                        {
                            return stored2;
                        }

                        break;
                }
            }

            return Traced<RandomValue>.Unknown;
        }
        finally
        {
            expanding.Remove(reference.Local);
        }
    }

    private static Traced<RandomValue> Any(IOperation? instance, System.Collections.Immutable.ImmutableArray<IArgumentOperation> arguments, CarrierUse use, ValueFlow<RandomValue> flow)
    {
        if (instance is not null && flow.Follow(instance, use) is { IsFound: true } fromInstance)
        {
            return fromInstance;
        }

        foreach (var argument in arguments)
        {
            if (argument.ArgumentKind != ArgumentKind.DefaultValue && flow.Follow(argument.Value, use) is { IsFound: true } found)
            {
                return found;
            }
        }

        return Traced<RandomValue>.Unknown;
    }

    private static bool IsLocal(IOperation? operation, ILocalSymbol local) =>
        operation is ILocalReferenceOperation reference && SymbolEqualityComparer.Default.Equals(reference.Local, local);

    /// <summary>Characters, strings, bytes and numbers (and arrays and spans of them) can make up a secret; other values are merely chosen.</summary>
    internal static bool IsSecretMaterial(ITypeSymbol? type)
    {
        switch (type)
        {
            case null:
                return false;
            case IArrayTypeSymbol array:
                return IsScalarMaterial(array.ElementType);
            case INamedTypeSymbol { IsGenericType: true, Name: "Span" or "ReadOnlySpan" or "Memory" or "ReadOnlyMemory" } span when span.ContainingNamespace.IsNamespace("System"):
                return IsScalarMaterial(span.TypeArguments[0]);
            default:
                return IsScalarMaterial(type);
        }
    }

    private static bool IsScalarMaterial(ITypeSymbol type) => type.SpecialType is SpecialType.System_Char or SpecialType.System_String
        or SpecialType.System_Byte or SpecialType.System_SByte or SpecialType.System_Int16 or SpecialType.System_UInt16
        or SpecialType.System_Int32 or SpecialType.System_UInt32 or SpecialType.System_Int64 or SpecialType.System_UInt64;

    /// <summary>Locals whose content is written piece by piece: arrays, spans, <c>StringBuilder</c>, lists of secret material.</summary>
    private static bool IsBuffer(ITypeSymbol? type) => type switch
    {
        IArrayTypeSymbol or INamedTypeSymbol { Name: "Span" or "Memory" } => IsSecretMaterial(type),
        INamedTypeSymbol { Name: "StringBuilder" } builder => builder.ContainingNamespace.IsNamespace("System.Text"),
        INamedTypeSymbol { IsGenericType: true, Name: "List" or "Stack" or "Queue" } list => IsScalarMaterial(list.TypeArguments[0]),
        _ => false,
    };
}
