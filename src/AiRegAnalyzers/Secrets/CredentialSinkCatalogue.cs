namespace AiRegAnalyzers.Secrets;

/// <summary>
/// The library APIs of <see cref="CredentialSinks"/> as a <see cref="SinkCatalogue"/> of the flow core:
/// for AIREG501 the password parameters and properties (<c>new NetworkCredential(user, password)</c>,
/// <c>credential.Password = …</c>, <c>UserManager.CreateAsync(user, password)</c>), for AIREG502 the keys
/// and credentials (<see cref="CredentialSinks.IsKey"/>, <see cref="CredentialSinks.IsHeaderCredential"/>).
/// The rules ask only for direct sinks (<see cref="DirectValues"/>): the application's own wrappers of these
/// APIs are rare, and their sink summaries cost each rule as much as a personal-data rule on real code.
/// </summary>
internal sealed class CredentialSinkCatalogue : SinkCatalogue
{
    private readonly CredentialSinks _sinks;

    /// <summary>The credential words in force for a tree: a password catalogue; <see langword="null"/>: a key catalogue.</summary>
    private readonly Func<SyntaxTree, string[]>? _passwordWords;

    private CredentialSinkCatalogue(CredentialSinks sinks, Func<SyntaxTree, string[]>? passwordWords)
    {
        _sinks = sinks;
        _passwordWords = passwordWords;
    }

    /// <summary>Password parameters and properties of library APIs (AIREG501).</summary>
    public static CredentialSinkCatalogue Passwords(CredentialSinks sinks, Func<SyntaxTree, string[]> words) => new(sinks, words);

    /// <summary>Keys, API keys and credential headers of library APIs (AIREG502).</summary>
    public static CredentialSinkCatalogue Keys(CredentialSinks sinks) => new(sinks, null);

    /// <summary>The values <paramref name="site"/> hands to one of these APIs, or <see langword="null"/> (most sites).</summary>
    public List<SinkValue>? DirectValues(IOperation site)
    {
        if (!MayBeSink(site))
        {
            return null;
        }

        var values = new List<SinkValue>(1);
        Collect(site, values);
        return values;
    }

    public override bool MayBeSink(IOperation site)
    {
        switch (site)
        {
            case IInvocationOperation { Arguments.IsEmpty: false } invocation:
                return AnySinkParameter(invocation.TargetMethod, site);
            case IObjectCreationOperation { Constructor: { } constructor, Arguments.IsEmpty: false }:
                return AnySinkParameter(constructor, site);
            case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property: { } property } }:
                return IsSink(property, site);
            default:
                return false;
        }
    }

    public override void Collect(IOperation site, List<SinkValue> values)
    {
        if (site is ISimpleAssignmentOperation assignment)
        {
            values.Add(new SinkValue(assignment.Value, CarrierUse.Stringified, assignment.Target is IPropertyReferenceOperation { Property: { } property } ? property.Name : "?"));
            return;
        }

        var arguments = site is IInvocationOperation invocation ? invocation.Arguments : ((IObjectCreationOperation)site).Arguments;
        foreach (var argument in arguments)
        {
            if (argument.Parameter is { } parameter && argument.ArgumentKind == ArgumentKind.Explicit && IsSink(parameter, site))
            {
                values.Add(new SinkValue(argument.Value, CarrierUse.Stringified, HardCodedCredentialAnalyzer.Describe(parameter)));
            }
        }
    }

    private bool AnySinkParameter(IMethodSymbol method, IOperation site)
    {
        // The names first, on the method's definition: a constructed or reduced method makes new parameter symbols at
        // every call, and most calls have no parameter named like a secret (a dictionary or a cache would cost more).
        var words = _passwordWords?.Invoke(site.Syntax.SyntaxTree);
        if (!AnyParameterNamed((method.ReducedFrom ?? method).OriginalDefinition, words))
        {
            return false;
        }

        foreach (var parameter in method.Parameters)
        {
            if (IsSink(parameter, site))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The name test of <see cref="IsSink"/> (and, for passwords, the text type or a type parameter) on any parameter of a method definition.</summary>
    private static bool AnyParameterNamed(IMethodSymbol definition, string[]? words)
    {
        foreach (var parameter in definition.Parameters)
        {
            if (words is null
                ? MayBeKeyName(parameter.Name)
                : (HardCodedCredentialAnalyzer.IsStringTyped(parameter) || parameter.Type is ITypeParameterSymbol) && HardCodedCredentialAnalyzer.IsCredentialName(parameter.Name, words))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsSink(ISymbol member, IOperation site) =>
        _passwordWords is { } words
            ? _sinks.IsPassword(member, words(site.Syntax.SyntaxTree))
            : MayBeKeyName(member.Name) && (_sinks.IsKey(member) || (member is IParameterSymbol parameter && _sinks.IsHeaderCredential(parameter, site)));

    /// <summary>The names key and credential APIs give the secret (the cheap test before the types are compared).</summary>
    private static bool MayBeKeyName(string name) =>
        name is "apiKey" or "clientSecret" or "key" or "rgbKey" or "Key" or "signature" or "credential" or "parameter" or "value" or "values";
}
