using System.Collections.Immutable;
using AiRegAnalyzers.Flow;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

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

    public Traced<PersonalDataFinding> Inspect(IOperation operation, CarrierUse use)
    {
        if (operation.ConstantValue.HasValue)
        {
            return Traced<PersonalDataFinding>.Clean;
        }

        switch (operation)
        {
            case INameOfOperation or ILiteralOperation or IDefaultValueOperation or ITypeOfOperation or ISizeOfOperation:
                return Traced<PersonalDataFinding>.Clean;
            case IPropertyReferenceOperation { Property.IsIndexer: false } property:
                return Classified(property.Property, property);
            case IFieldReferenceOperation { Field: { IsStatic: true, IsReadOnly: true } field } when PersonalDataEncoding.IsFrameworkType(field.ContainingType):
                // IPAddress.Any, string.Empty, Guid.Empty: framework constants in all but name.
                return Traced<PersonalDataFinding>.Clean;
            case IFieldReferenceOperation field:
                return Classified(field.Field, field);
            case IParameterReferenceOperation parameter:
                return Classified(parameter.Parameter, parameter);
            case IInvocationOperation invocation:
                return PersonalDataScope.IsNeverPersonal(invocation.TargetMethod.ReturnType) || _scope.IsSanitizer(invocation.TargetMethod)
                    ? Traced<PersonalDataFinding>.Clean
                    : Traced<PersonalDataFinding>.Unknown;
            case IBinaryOperation binary when PersonalDataScope.IsNeverPersonal(binary.Type):
                return Traced<PersonalDataFinding>.Clean;
            default:
                return Traced<PersonalDataFinding>.Unknown;
        }
    }

    public Traced<PersonalDataFinding> Leaf(IOperation operation, CarrierUse use)
    {
        switch (operation)
        {
            case ILocalReferenceOperation local when Classified(local.Local, local) is { IsFound: true } byName:
                // Only when what was written into the local says nothing either way.
                return byName;
            case IInvocationOperation invocation when Classified(invocation.TargetMethod, invocation) is { IsFound: true } byName:
                // A method named for personal data returns it: GetEmail(), GetPhoneNumberAsync(user).
                return byName;
        }

        return _scope.GetCarrier(operation.Type) is { } carrier && carrier.Leaks(use)
            ? Traced<PersonalDataFinding>.Found(new PersonalDataFinding(ValueDisplay.Of(operation), carrier.Classification, carrier.Members))
            : Traced<PersonalDataFinding>.Unknown;
    }

    public PersonalDataFinding AtCall(PersonalDataFinding found, IOperation call) =>
        new(ValueDisplay.Of(call), found.Classification, found.CarrierMembers);

    private Traced<PersonalDataFinding> Classified(ISymbol symbol, IOperation operation) =>
        _scope.ClassifySymbol(symbol) is { } classification
            ? Traced<PersonalDataFinding>.Found(new PersonalDataFinding(ValueDisplay.Of(operation), classification, ImmutableArray<string>.Empty))
            : Traced<PersonalDataFinding>.Unknown;
}
