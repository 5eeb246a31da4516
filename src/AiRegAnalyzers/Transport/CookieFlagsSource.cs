namespace AiRegAnalyzers.Transport;

/// <summary>The two cookie flags.</summary>
[Flags]
internal enum CookieFlags
{
    None = 0,
    Secure = 1,
    HttpOnly = 2,
    Both = Secure | HttpOnly,
}

/// <summary>Cookie options (or a classic cookie) created without some flag, and the application call that brought them (if any).</summary>
internal sealed class UnflaggedCookie
{
    public UnflaggedCookie(IObjectCreationOperation creation, CookieFlags missing, IOperation? via)
    {
        Creation = creation;
        Missing = missing;
        Via = via;
    }

    /// <summary>The <c>new CookieOptions</c> / <c>new HttpCookie(…)</c>.</summary>
    public IObjectCreationOperation Creation { get; }

    public CookieFlags Missing { get; }

    /// <summary>The outermost call (or property read) of the asking body that returned the options; <see langword="null"/> when created there.</summary>
    public IOperation? Via { get; }
}

/// <summary>
/// <c>CookieOptions</c> or <c>System.Web.HttpCookie</c> created without <c>Secure</c> or <c>HttpOnly</c>, as a
/// source of the flow core (AIREG404). A flag counts as set when the initializer sets it, or a statement
/// of the block that creates the object sets it on the local, field or property holding it (so on every
/// path that follows, including <c>(o.Secure, o.HttpOnly) = (…)</c>); an assignment inside an <c>if</c>, a
/// loop or a <c>catch</c> does not. The copy constructor <c>new CookieOptions(other)</c> carries the flags
/// of <c>other</c>, so it is not a source. The core finds the creation through locals, fields and
/// properties (when every write agrees), and the application's factory methods and getters.
/// </summary>
internal sealed class CookieFlagsSource : IValueSource<UnflaggedCookie>
{
    private readonly INamedTypeSymbol? _cookieOptions;
    private readonly INamedTypeSymbol? _httpCookie;

    public CookieFlagsSource(INamedTypeSymbol? cookieOptions, INamedTypeSymbol? httpCookie)
    {
        _cookieOptions = cookieOptions;
        _httpCookie = httpCookie;
    }

    public bool FollowsMemberWrites => true;

    public IValueSource<UnflaggedCookie> Summarized => this;

    public UnflaggedCookie AtCall(UnflaggedCookie found, IOperation call) => new(found.Creation, found.Missing, call);

    public Traced<UnflaggedCookie> Inspect(IOperation operation, CarrierUse use, ValueFlow<UnflaggedCookie> flow)
    {
        switch (operation)
        {
            case IObjectCreationOperation creation when IsCookieCreation(creation):
                var missing = CookieFlags.Both & ~SetByInitializer(creation) & ~SetAfter(Holder(creation));
                return missing == CookieFlags.None ? Traced<UnflaggedCookie>.Clean : Traced<UnflaggedCookie>.Found(new UnflaggedCookie(creation, missing, via: null));
            case IObjectCreationOperation:
                // new CookieOptions(shared): the copy carries the flags of what it copies.
                return Traced<UnflaggedCookie>.Stop;
            case ILiteralOperation or IDefaultValueOperation:
                return Traced<UnflaggedCookie>.Clean;
            default:
                return Traced<UnflaggedCookie>.Unknown;
        }
    }

    public Traced<UnflaggedCookie> Leaf(IOperation operation, CarrierUse use, ValueFlow<UnflaggedCookie> flow) => Traced<UnflaggedCookie>.Unknown;

    /// <summary>A <c>new CookieOptions()</c> or any <c>new HttpCookie(…)</c> (its arguments are a name and a value, never flags).</summary>
    private bool IsCookieCreation(IObjectCreationOperation creation) =>
        (_cookieOptions is not null && SymbolEqualityComparer.Default.Equals(creation.Type, _cookieOptions) && creation.Arguments.IsEmpty)
        || (_httpCookie is not null && SymbolEqualityComparer.Default.Equals(creation.Type, _httpCookie));

    /// <summary>The flags set on the object the statements after <paramref name="holder"/>'s creation hold, in the same block: set on every path that follows.</summary>
    public static CookieFlags SetAfter(IOperation? holder)
    {
        if (holder is null || Statement(holder) is not { Parent: IBlockOperation block } statement)
        {
            return CookieFlags.None;
        }

        var flags = CookieFlags.None;
        var after = false;
        foreach (var sibling in block.Operations)
        {
            if (sibling == statement)
            {
                after = true;
                continue;
            }

            if (after && sibling is IExpressionStatementOperation { Operation: var expression })
            {
                flags |= FlagsWritten(expression, holder);
            }
        }

        return flags;
    }

    /// <summary>
    /// What holds the object once created: the local it initializes or the local, field or property it is
    /// assigned to (a reference operation or the declarator); <see langword="null"/> when it is used in place.
    /// </summary>
    public static IOperation? Holder(IOperation created)
    {
        var parent = created.Parent.WalkUpConversions();
        return parent switch
        {
            IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator } => declarator,
            ISimpleAssignmentOperation { Target: ILocalReferenceOperation or IFieldReferenceOperation or IPropertyReferenceOperation { Property.IsIndexer: false } } assignment
                when Unwrap(assignment.Value) == created => assignment.Target,
            _ => null,
        };
    }

    /// <summary>The flag a property assignment writes: <c>Secure</c> or <c>HttpOnly</c>.</summary>
    public static CookieFlags Flag(string propertyName) => propertyName switch
    {
        "Secure" => CookieFlags.Secure,
        "HttpOnly" => CookieFlags.HttpOnly,
        _ => CookieFlags.None,
    };

    private static CookieFlags SetByInitializer(IObjectCreationOperation creation)
    {
        var flags = CookieFlags.None;
        if (creation.Initializer is { } initializer)
        {
            foreach (var member in initializer.Initializers)
            {
                if (member is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.Name: var name } })
                {
                    flags |= Flag(name);
                }
            }
        }

        return flags;
    }

    private static CookieFlags FlagsWritten(IOperation expression, IOperation holder)
    {
        switch (expression)
        {
            case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.Name: var name, Instance: { } instance } } when SameHolder(instance, holder):
                return Flag(name);
            case IDeconstructionAssignmentOperation { Target: ITupleOperation targets }:
                var flags = CookieFlags.None;
                foreach (var element in targets.Elements)
                {
                    if (element is IPropertyReferenceOperation { Property.Name: var elementName, Instance: { } elementInstance } && SameHolder(elementInstance, holder))
                    {
                        flags |= Flag(elementName);
                    }
                }

                return flags;
            default:
                return CookieFlags.None;
        }
    }

    private static bool SameHolder(IOperation instance, IOperation holder)
    {
        instance = Unwrap(instance);
        return (instance, holder) switch
        {
            (ILocalReferenceOperation local, IVariableDeclaratorOperation declarator) => SymbolEqualityComparer.Default.Equals(local.Local, declarator.Symbol),
            (ILocalReferenceOperation local, ILocalReferenceOperation other) => SymbolEqualityComparer.Default.Equals(local.Local, other.Local),
            (IFieldReferenceOperation field, IFieldReferenceOperation other) => SymbolEqualityComparer.Default.Equals(field.Field, other.Field),
            (IPropertyReferenceOperation property, IPropertyReferenceOperation other) => SymbolEqualityComparer.Default.Equals(property.Property, other.Property),
            _ => false,
        };
    }

    /// <summary>The value under its conversions.</summary>
    public static IOperation Unwrap(IOperation operation)
    {
        while (operation is IConversionOperation { Operand: var operand })
        {
            operation = operand;
        }

        return operation;
    }

    /// <summary>The statement <paramref name="operation"/> is part of.</summary>
    private static IOperation? Statement(IOperation operation)
    {
        for (var current = operation; current is not null; current = current.Parent)
        {
            if (current.Parent is IBlockOperation)
            {
                return current;
            }
        }

        return null;
    }
}
