using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AiRegAnalyzers.PersonalData;

/// <summary>
/// Personal data as a source of the flow core: a member, parameter, local or method classified by
/// <see cref="PersonalDataScope"/>, or an object that carries personal data. Constants, sanitizer
/// results and values of types that are never personal data are clean.
/// </summary>
internal sealed class PersonalDataSource : IValueSource<PersonalDataFinding>
{
    private readonly PersonalDataScope _scope;

    public PersonalDataSource(PersonalDataScope scope) => _scope = scope;

    public bool FollowsMemberWrites => false;

    public IValueSource<PersonalDataFinding> Summarized => this;

    public Traced<PersonalDataFinding> Inspect(IOperation operation, CarrierUse use, ValueFlow<PersonalDataFinding> flow)
    {
        if (operation.ConstantValue.HasValue)
        {
            return Traced<PersonalDataFinding>.Clean;
        }

        // By kind: one virtual call instead of a chain of interface tests for every value followed.
        switch (operation.Kind)
        {
            case OperationKind.NameOf or OperationKind.Literal or OperationKind.DefaultValue or OperationKind.TypeOf or OperationKind.SizeOf:
                return Traced<PersonalDataFinding>.Clean;
            case OperationKind.PropertyReference:
                var property = (IPropertyReferenceOperation)operation;
                if (property.Property.IsIndexer)
                {
                    return _scope.Catalogue.ClassifyRead(property, _scope.Names) is { } keyed
                        ? Found(property, keyed)
                        : Indexer(property, use, flow);
                }

                return _scope.IsApplicationSymbol(property.Property) ? Classified(property.Property, property) : LibraryMember(property, use, flow);
            case OperationKind.FieldReference:
                var field = (IFieldReferenceOperation)operation;
                if (field.Field is { IsStatic: true, IsReadOnly: true } && PersonalDataEncoding.IsFrameworkType(field.Field.ContainingType))
                {
                    // IPAddress.Any, string.Empty, Guid.Empty: framework constants in all but name.
                    return Traced<PersonalDataFinding>.Clean;
                }

                return _scope.IsApplicationSymbol(field.Field) ? Classified(field.Field, field) : LibraryMember(field, use, flow);
            case OperationKind.ParameterReference:
                var parameter = (IParameterReferenceOperation)operation;
                return Classified(parameter.Parameter, parameter);
            case OperationKind.Invocation:
                var invocation = (IInvocationOperation)operation;
                return PersonalDataScope.IsNeverPersonal(invocation.TargetMethod.ReturnType) || _scope.IsSanitizer(invocation.TargetMethod)
                    ? Traced<PersonalDataFinding>.Clean
                    : Traced<PersonalDataFinding>.Unknown;
            case OperationKind.Binary when PersonalDataScope.IsNeverPersonal(operation.Type):
                return Traced<PersonalDataFinding>.Clean;
            default:
                return Traced<PersonalDataFinding>.Unknown;
        }
    }

    public Traced<PersonalDataFinding> Leaf(IOperation operation, CarrierUse use, ValueFlow<PersonalDataFinding> flow)
    {
        switch (operation)
        {
            case ILocalReferenceOperation local when Classified(local.Local, local) is { IsFound: true } byName:
                // Only when what was written into the local says nothing either way.
                return byName;
            case IInvocationOperation invocation when !_scope.IsApplicationSymbol(invocation.TargetMethod):
                return LibraryCall(invocation, use, flow);
            case IInvocationOperation invocation when Classified(invocation.TargetMethod, invocation) is { IsFound: true } byName:
                // A method named for personal data returns it: GetEmail(), GetPhoneNumberAsync(user).
                return byName;
            case IInvalidOperation invalid when IsUnresolvedSerialize(invalid):
                // Serialize(reply.Content, context.ListShopper) where the reply's package is missing: the type information still says what is written.
                return Written(invalid, invalid.ChildOperations);
        }

        return Carrier(operation, use);
    }

    public PersonalDataFinding AtCall(PersonalDataFinding found, IOperation call) =>
        new(call, found.Classification, found.CarrierMembers);

    private Traced<PersonalDataFinding> Classified(ISymbol symbol, IOperation operation) =>
        _scope.ClassifySymbol(symbol) is { } classification ? Found(operation, classification) : Traced<PersonalDataFinding>.Unknown;

    private static Traced<PersonalDataFinding> Found(IOperation operation, PersonalDataClassification classification) =>
        Traced<PersonalDataFinding>.Found(new PersonalDataFinding(operation, classification, ImmutableArray<string>.Empty));

    private Traced<PersonalDataFinding> Carrier(IOperation operation, CarrierUse use) =>
        _scope.GetCarrier(operation.Type) is { } carrier && carrier.Leaks(use)
            ? Traced<PersonalDataFinding>.Found(new PersonalDataFinding(operation, carrier.Classification, carrier.Members))
            : Traced<PersonalDataFinding>.Unknown;

    /// <summary>
    /// A framework or package property or field (provenance, <see cref="KnownSources"/>): personal data only by
    /// the catalogue or an attribute, or as what its instance holds (<c>Nullable&lt;T&gt;.Value</c>, <c>Claim.Value</c>);
    /// anything else the library made is not personal data (<c>typeof(T).Name</c>, <c>ex.Source</c>).
    /// </summary>
    private Traced<PersonalDataFinding> LibraryMember(IMemberReferenceOperation reference, CarrierUse use, ValueFlow<PersonalDataFinding> flow)
    {
        if (_scope.ClassifySymbol(reference.Member) is { } classification)
        {
            return Found(reference, classification);
        }

        if (Carrier(reference, use) is { IsFound: true } carrier)
        {
            return carrier;
        }

        var instance = flow.Follow(reference.Instance, use);
        return KnownSources.OfMember(reference.Member, _scope.Catalogue) == LibraryValue.PassedThrough ? Final(instance) : Made(instance);
    }

    /// <summary>A framework or package call: catalogued reads, results that pass an input through, else what the library made.</summary>
    private Traced<PersonalDataFinding> LibraryCall(IInvocationOperation invocation, CarrierUse use, ValueFlow<PersonalDataFinding> flow)
    {
        if ((_scope.Catalogue.ClassifyRead(invocation, _scope.Names) ?? _scope.ClassifySymbol(invocation.TargetMethod)) is { } classification)
        {
            return Found(invocation, classification);
        }

        if (Carrier(invocation, use) is { IsFound: true } carrier)
        {
            return carrier;
        }

        // Every library call gets here: the name first, the per-compilation lookup only for a Serialize* method.
        if (MethodSummaries.MayBeSerializer(invocation.TargetMethod) && MethodSummaries.Get(invocation)?.IsSerializer(invocation.TargetMethod) == true
            && Written(invocation, invocation.Arguments) is { IsFound: true } written)
        {
            return written;
        }

        var input = invocation.Instance is { } instance ? flow.Follow(instance, CarrierUse.Stringified) : Traced<PersonalDataFinding>.Unknown;
        for (var i = 0; !input.IsFound && i < invocation.Arguments.Length; i++)
        {
            if (KnownSources.ReachesResult(invocation.TargetMethod, invocation.Arguments[i].Parameter))
            {
                input = flow.Follow(invocation.Arguments[i].Value, CarrierUse.Stringified);
            }
        }

        return KnownSources.OfMethod(invocation.TargetMethod) == LibraryValue.PassedThrough ? Final(input) : Made(input);
    }

    /// <summary>
    /// What a serializer call writes by its type information, <c>JsonSerializer.Serialize(value, JsonTypeInfo&lt;T&gt;)</c>
    /// or <c>Serialize&lt;T&gt;(value)</c>: the members of T are what goes out, whatever the value's own type says.
    /// </summary>
    private Traced<PersonalDataFinding> Written(IOperation call, IEnumerable<IOperation> arguments) =>
        _scope.GetCarrier(TypeArgument(call) ?? TypeInfoShape(arguments)) is { } carrier && carrier.Leaks(CarrierUse.Serialized)
            ? Traced<PersonalDataFinding>.Found(new PersonalDataFinding(call, carrier.Classification, carrier.Members))
            : Traced<PersonalDataFinding>.Unknown;

    private static ITypeSymbol? TypeArgument(IOperation call) =>
        call is IInvocationOperation { TargetMethod: { IsGenericMethod: true } generic }
        && generic.TypeArguments[0] is { TypeKind: not (TypeKind.Error or TypeKind.TypeParameter) } typeArgument
            ? typeArgument
            : null;

    /// <summary>The T of a <c>JsonTypeInfo&lt;T&gt;</c> passed (a serializer context's property), also to the non-generic overload.</summary>
    private static ITypeSymbol? TypeInfoShape(IEnumerable<IOperation> arguments)
    {
        foreach (var argument in arguments)
        {
            var value = argument is IArgumentOperation { Value: var passed } ? passed : argument;
            var operand = value is IConversionOperation conversion ? conversion.Operand : value;
            if (operand.Type is INamedTypeSymbol { Name: "JsonTypeInfo", TypeArguments.Length: 1 } typeInfo)
            {
                return typeInfo.TypeArguments[0];
            }
        }

        return null;
    }

    /// <summary>A serializer call that did not bind (an argument's type is missing): every candidate is a serializer method.</summary>
    private static bool IsUnresolvedSerialize(IInvalidOperation invalid)
    {
        // The called name first: an unbound call is common while typing, and asking for its candidates binds it again.
        if (invalid.Syntax is not InvocationExpressionSyntax syntax
            || (syntax.Expression is MemberAccessExpressionSyntax access ? access.Name : syntax.Expression as SimpleNameSyntax) is not { } called
            || !MethodSummaries.IsSerializerName(called.Identifier.ValueText)
            || invalid.SemanticModel is not { } model || MethodSummaries.Get(invalid) is not { } summaries)
        {
            return false;
        }

        var candidates = model.GetSymbolInfo(syntax).CandidateSymbols;
        foreach (var candidate in candidates)
        {
            if (candidate is not IMethodSymbol method || !summaries.IsSerializer(method))
            {
                return false;
            }
        }

        return !candidates.IsEmpty;
    }

    /// <summary>An element of what the instance holds (<c>emails[0]</c>), or a formatted string holding its arguments (<c>localizer["Hi {0}", email]</c>).</summary>
    private static Traced<PersonalDataFinding> Indexer(IPropertyReferenceOperation indexer, CarrierUse use, ValueFlow<PersonalDataFinding> flow)
    {
        var verdict = flow.Follow(indexer.Instance, use);
        if (!verdict.IsFound && KnownSources.Formats(indexer.Property.Parameters))
        {
            foreach (var argument in indexer.Arguments)
            {
                if (flow.Follow(argument.Value, CarrierUse.Stringified) is { IsFound: true } found)
                {
                    return found;
                }
            }
        }

        return Final(verdict);
    }

    /// <summary>Made by a library: not personal data, unless made from personal data (then the local's name may still decide).</summary>
    private static Traced<PersonalDataFinding> Made(Traced<PersonalDataFinding> input) =>
        input.IsFound ? Traced<PersonalDataFinding>.Stop : Traced<PersonalDataFinding>.Clean;

    /// <summary>The verdict on a part the source followed itself: the core need not follow the value again.</summary>
    private static Traced<PersonalDataFinding> Final(Traced<PersonalDataFinding> verdict) =>
        verdict.IsUnknown ? Traced<PersonalDataFinding>.Stop : verdict;
}
