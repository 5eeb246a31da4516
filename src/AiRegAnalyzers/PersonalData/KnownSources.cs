namespace AiRegAnalyzers.PersonalData;

/// <summary>What a value read from a framework or package member (outside the catalogue) holds.</summary>
internal enum LibraryValue
{
    /// <summary>
    /// Something the library made: <c>typeof(T).Name</c>, <c>Guid.NewGuid()</c>, <c>Dns.GetHostAddresses(host)</c>,
    /// <c>Environment.UserName</c>, <c>Exception.Source</c>. Not personal data whatever it is called, unless it was
    /// made from personal data (then its name may still decide).
    /// </summary>
    Made,

    /// <summary>
    /// What its instance or arguments hold: <c>Nullable&lt;T&gt;.Value</c>, <c>Task&lt;T&gt;.Result</c>,
    /// <c>KeyValuePair.Value</c>, <c>Enumerable.First(emails)</c>, <c>builder.Append(email)</c>, <c>Claim.Value</c>.
    /// </summary>
    PassedThrough,
}

/// <summary>
/// Provenance of values: a value from the framework or a package is personal data only when the
/// catalogue, an attribute or the configuration says so (<see cref="PersonalDataCatalogue"/>), or when it
/// passes through what the code handed in. Names decide only for the application's own symbols.
/// </summary>
internal static class KnownSources
{
    /// <summary>How the value of a library property or field relates to its instance.</summary>
    public static LibraryValue OfMember(ISymbol member, PersonalDataCatalogue catalogue)
    {
        if (catalogue.IsPassThrough(member))
        {
            return LibraryValue.PassedThrough;
        }

        // A generic container's element is what the container holds: Nullable<T>.Value, Lazy<T>.Value,
        // Task<TResult>.Result, KeyValuePair<TKey, TValue>.Value, Tuple<T1>.Item1, ValueTuple.Item1.
        var type = member switch
        {
            IPropertySymbol property => property.OriginalDefinition.Type,
            IFieldSymbol field => field.OriginalDefinition.Type,
            _ => null,
        };
        return type is ITypeParameterSymbol { TypeParameterKind: TypeParameterKind.Type } && IsContainer(member.ContainingType)
            ? LibraryValue.PassedThrough
            : LibraryValue.Made;
    }

    /// <summary>How the result of a library method relates to its instance and arguments.</summary>
    public static LibraryValue OfMethod(IMethodSymbol method)
    {
        var original = method.ReducedFrom ?? method;
        original = original.OriginalDefinition;

        if (Formats(method.Parameters))
        {
            return LibraryValue.PassedThrough;
        }

        // Enumerable.First<T>, GetValueOrDefault<TKey, TValue>, Task.FromResult<T>, List<T>.Find: the result is one of the inputs.
        // (A type parameter of another generic type is not a container's element: IdentityUser<TKey>.Id is a key.)
        if (MentionsTypeParameter(original.ReturnType, IsContainer(original.ContainingType)))
        {
            return LibraryValue.PassedThrough;
        }

        // Fluent builders (StringBuilder.Append, Path-like builders) return the instance with the argument in it.
        return !method.IsStatic && method.ContainingType is { } containing && SymbolEqualityComparer.Default.Equals(method.ReturnType, containing)
            ? LibraryValue.PassedThrough
            : LibraryValue.Made;
    }

    /// <summary>
    /// Whether what is passed for <paramref name="parameter"/> can be in the result of a generic library method:
    /// when the result's type is built from method type parameters, only arguments typed with one of them
    /// can be (<c>Select(source, c => c.Id)</c> returns what the selector returns, not the source's elements).
    /// </summary>
    public static bool ReachesResult(IMethodSymbol method, IParameterSymbol? parameter)
    {
        var original = (method.ReducedFrom ?? method).OriginalDefinition;
        if (parameter is null || !original.IsGenericMethod || !MentionsTypeParameter(original.ReturnType, ofType: false))
        {
            return true;
        }

        var parameterType = parameter.OriginalDefinition.Type;
        foreach (var typeParameter in original.TypeParameters)
        {
            if (Mentions(original.ReturnType, typeParameter) && Mentions(parameterType, typeParameter))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Mentions(ITypeSymbol type, ITypeParameterSymbol typeParameter, int depth = 0) => type switch
    {
        ITypeParameterSymbol parameter => SymbolEqualityComparer.Default.Equals(parameter, typeParameter),
        IArrayTypeSymbol array => depth < 4 && Mentions(array.ElementType, typeParameter, depth + 1),
        INamedTypeSymbol { IsGenericType: true } named when depth < 4 => AnyMentions(named.TypeArguments, typeParameter, depth + 1),
        _ => false,
    };

    private static bool AnyMentions(System.Collections.Immutable.ImmutableArray<ITypeSymbol> types, ITypeParameterSymbol typeParameter, int depth)
    {
        foreach (var type in types)
        {
            if (Mentions(type, typeParameter, depth))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A member that formats its <c>params object[]</c> arguments into its result: <c>localizer["Welcome", user.Email]</c>,
    /// <c>localizer.GetString("Welcome", user.Email)</c>, <c>builder.AppendFormat(...)</c>.
    /// </summary>
    public static bool Formats(System.Collections.Immutable.ImmutableArray<IParameterSymbol> parameters) =>
        parameters.Length > 0 && parameters[parameters.Length - 1] is { IsParams: true, Type: IArrayTypeSymbol { ElementType.SpecialType: SpecialType.System_Object } };

    /// <summary>The generic types of the base library whose type arguments are what they hold.</summary>
    private static bool IsContainer(INamedTypeSymbol? type) =>
        type is { IsGenericType: true }
        && (type.ContainingNamespace.IsNamespace("System") || type.ContainingNamespace.IsNamespace("System.Collections", orBelow: true)
            || type.ContainingNamespace.IsNamespace("System.Threading.Tasks") || type.ContainingNamespace.IsNamespace("System.Linq"));

    private static bool MentionsTypeParameter(ITypeSymbol type, bool ofType, int depth = 0)
    {
        switch (type)
        {
            case ITypeParameterSymbol parameter:
                return ofType || parameter.TypeParameterKind == TypeParameterKind.Method;
            case IArrayTypeSymbol array:
                return depth < 4 && MentionsTypeParameter(array.ElementType, ofType, depth + 1);
            case INamedTypeSymbol { IsGenericType: true } named when depth < 4:
                foreach (var argument in named.TypeArguments)
                {
                    if (MentionsTypeParameter(argument, ofType, depth + 1))
                    {
                        return true;
                    }
                }

                return false;
            default:
                return false;
        }
    }
}
